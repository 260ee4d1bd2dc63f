import { createHash } from 'node:crypto';
import type { LiveSettings } from './live-options.js';
import { checkUrl } from './check-url.js';
import type { Flow, FlowStep } from './load-flow.js';
import { InputError } from '../input-error.js';

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
