import { availableParallelism } from 'node:os';

export interface OptionFlag {
  flags: string;
  description: string;
  defaultValue?: unknown;
}

/** Options of `vinkje audit` for live pages; the CLI registers them on its audit command. */
export const liveOptionFlags: OptionFlag[] = [
  { flags: '--urls <file|sitemap-url>', description: 'audit every URL of a list file (one a line, # comments) or of a sitemap.xml' },
  { flags: '--flow <flow.json>', description: 'run steps (goto, click, fill, select, waitFor, scan) and scan at each scan step' },
  { flags: '--concurrency <n>', description: 'pages audited at the same time', defaultValue: String(availableParallelism()) },
  { flags: '--timeout <seconds>', description: 'time limit per page, navigation to evidence', defaultValue: '30' },
  { flags: '--retries <n>', description: 'retries of a page that timed out or failed on the network, with backoff', defaultValue: '2' },
  { flags: '--delay <ms>', description: 'politeness: least time between two page loads on the same host', defaultValue: '1000' },
  { flags: '--shard <i/n>', description: 'audit only the i-th of n parts of the list (split a large list across machines)' },
  { flags: '--quiet <ms>', description: 'longest wait for a page to be quiet (network idle, no DOM changes, no pending timers)', defaultValue: '10000' },
  { flags: '--viewport <WxH>', description: 'browser window size', defaultValue: '1280x800' },
  { flags: '--locale <tag>', description: 'browser language (Accept-Language, navigator.language)', defaultValue: 'nl-NL' },
  { flags: '--browser <path|name>', description: 'the browser to drive: a path, or chrome, chromium, edge, brave (default: $VINKJE_BROWSER, else the first installed)' },
  { flags: '--chromium <path>', description: 'the same as --browser (its older name)' },
  { flags: '--no-screenshots', description: 'with --out: skip the annotated screenshots and close-ups' },
  { flags: '--allow-file', description: 'also accept file: URLs (off: only http and https)' },
];
