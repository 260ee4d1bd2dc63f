import { createHash } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { InputError } from '../../input-error.js';
import { loadFlow, type Flow, type FlowStep } from './flow.js';
import type { LiveOptions, LiveSettings } from './options.js';
import { checkUrl, readUrlList } from './urls.js';
/** One unit of work and one line of results.jsonl: a URL to scan, or a flow run from a start URL. */
export interface Job {
  /** Identity for resuming: the URL, or `flow-name @ start URL`. */
  key: string;
  url: string;
  steps: FlowStep[];
}

function flowJob(flow: Flow, base: string | undefined, allowFile: boolean): Job {
  const first = flow.steps[0]!;
  const steps = first.action === 'goto' || base === undefined ? flow.steps : [{ action: 'goto' as const, target: base }, ...flow.steps];
  const resolved = steps.map((step, index) => {
    if (step.action !== 'goto') return step;
    const where = `flow "${flow.name}": step ${index + 1} (goto)`;
    let absolute = step.target;
    try {
      absolute = new URL(step.target, base).href;
    } catch {
      throw new InputError(`${where}: '${step.target}' is not an absolute URL and no start URL was given`);
    }
    return { ...step, target: checkUrl(absolute, allowFile, where) };
  });
  if (resolved[0]!.action !== 'goto') throw new InputError(`flow "${flow.name}": step 1 must be a goto when no URL is given`);
  const url = resolved[0]!.target;
  return { key: `${flow.name} @ ${base ?? url}`, url: base ?? url, steps: resolved };
}

function inShard(key: string, shard: LiveSettings['shard']): boolean {
  if (!shard) return true;
  const bucket = createHash('sha256').update(key).digest().readUInt32BE(0) % shard.count;
  return bucket === shard.index - 1;
}

/** Turns URLs (and a flow) into jobs: deduplicated, then filtered to this machine's shard by a hash of the key. */
export function planJobs(urls: string[], flow: Flow | undefined, settings: Pick<LiveSettings, 'allowFile' | 'shard'>): Job[] {
  const bases: (string | undefined)[] = urls.length > 0 ? urls : [undefined];
  const jobs = flow
    ? bases.map((base) => flowJob(flow, base, settings.allowFile))
    : urls.map((url): Job => ({ key: url, url, steps: [{ action: 'goto', target: url }, { action: 'scan', target: '' }] }));
  const unique = new Map(jobs.map((job) => [job.key, job]));
  return [...unique.values()].filter((job) => inShard(job.key, settings.shard));
}

function inputUrl(input: string, allowFile: boolean): string {
  const looksLikeUrl = /^[a-z][a-z0-9+.-]*:/i.test(input);
  if (!looksLikeUrl && allowFile) return pathToFileURL(input).href;
  return checkUrl(input, allowFile);
}

/** The jobs named on the command line, by --urls and by --flow, for this shard. */
export async function collectJobs(inputs: string[], options: LiveOptions, settings: LiveSettings): Promise<Job[]> {
  const urls = inputs.map((input) => inputUrl(input, settings.allowFile));
  if (options.urls !== undefined) urls.push(...(await readUrlList(options.urls, settings.allowFile)));
  const flow = options.flow === undefined ? undefined : await loadFlow(options.flow);
  if (urls.length === 0 && !flow) throw new InputError('audit: give URLs, --urls list.txt (or a sitemap URL) or --flow flow.json');
  return planJobs(urls, flow, settings);
}
