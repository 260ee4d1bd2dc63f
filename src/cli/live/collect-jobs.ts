import { pathToFileURL } from 'node:url';
import { InputError } from '../input-error.js';
import { checkUrl } from './check-url.js';
import type { LiveOptions, LiveSettings } from './live-options.js';
import { loadFlow } from './load-flow.js';
import { planJobs, type Job } from './plan-jobs.js';
import { readUrlList } from './read-url-list.js';

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
