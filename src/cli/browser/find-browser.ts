import { posix, win32 } from 'node:path';
import { browserCandidates, installHint, type BrowserCandidate, type BrowserFamily, type PlatformDirs } from './browser-candidates.js';

/** What discovery may look at: the platform, environment and file system (a fake one in tests). */
export interface BrowserHost extends PlatformDirs {
  isExecutable(path: string): boolean;
  /** The names in a folder; none when it is missing. */
  list(dir: string): string[];
}

export interface BrowserRequest {
  /** Which kind of browser the caller can drive; `any` takes the first of either. */
  family: BrowserFamily | 'any';
  /** The --browser value: a path or one of chrome, chromium, edge, brave, firefox. */
  flag?: string | undefined;
  /** Environment variable read when there is no flag. */
  envVar?: string;
}

export interface FoundBrowser {
  name: string;
  family: BrowserFamily;
  path: string;
}

export type BrowserSearch = { found: FoundBrowser } | { found: null; message: string };

const FAMILY_NAMES: Record<BrowserFamily, string> = { chromium: 'Chrome, Chromium, Edge or Brave', firefox: 'Firefox' };

const familyOfPath = (path: string): BrowserFamily => (/firefox/i.test(path.split(/[\\/]/).pop() ?? '') ? 'firefox' : 'chromium');
const wanted = (request: BrowserRequest, family: BrowserFamily) => request.family === 'any' || request.family === family;

function matcher(pattern: string): RegExp {
  return new RegExp(`^${pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
}

/** The paths a pattern with `*` segments names on this host, newest version first. */
function expand(pattern: string, host: BrowserHost): string[] {
  const path = host.platform === 'win32' ? win32 : posix;
  const [first = '', ...parts] = pattern.split(path.sep);
  return parts.reduce<string[]>((dirs, part) => {
    if (!part.includes('*')) return dirs.map((dir) => `${dir}${path.sep}${part}`);
    const match = matcher(part);
    return dirs.flatMap((dir) =>
      host.list(dir || path.sep).filter((name) => match.test(name))
        .sort((a, b) => b.localeCompare(a, 'en', { numeric: true }))
        .map((name) => `${dir}${path.sep}${name}`),
    );
  }, [first]);
}

function firstInstalled(candidates: BrowserCandidate[], host: BrowserHost): FoundBrowser | null {
  for (const candidate of candidates) {
    const path = candidate.paths.flatMap((pattern) => expand(pattern, host)).find((file) => host.isExecutable(file));
    if (path) return { name: candidate.name, family: candidate.family, path };
  }
  return null;
}

function notFound(request: BrowserRequest, candidates: BrowserCandidate[], host: BrowserHost): BrowserSearch {
  const families: BrowserFamily[] = request.family === 'any' ? ['chromium', 'firefox'] : [request.family];
  const tried = candidates.map((candidate) => `${candidate.name} (${candidate.paths.join(', ')})`).join('; ');
  const install = families.map((family) => installHint(host.platform, family)).join(' or ');
  const what = request.family === 'any' ? 'Chrome, Chromium, Edge, Brave or Firefox' : FAMILY_NAMES[request.family];
  return { found: null, message: `no ${what} found; tried ${tried}. Install one (${install}) or pass --browser PATH` };
}

function fromPath(source: string, path: string, request: BrowserRequest, host: BrowserHost): BrowserSearch {
  const family = familyOfPath(path);
  if (!host.isExecutable(path)) return { found: null, message: `${source}: no such executable file` };
  if (!wanted(request, family)) return wrongFamily(source, request);
  return { found: { name: path.split(/[\\/]/).pop()!, family, path } };
}

const wrongFamily = (source: string, request: BrowserRequest): BrowserSearch =>
  ({ found: null, message: `${source}: this needs ${FAMILY_NAMES[request.family as BrowserFamily]}` });

/** "chrome" names Chrome and Puppeteer's Chrome, not Chromium. */
const isNamed = (candidate: BrowserCandidate, name: string) => new RegExp(`(^|\\s)${name.replace(/\W/g, '')}$`, 'i').test(candidate.name);

/**
 * Finds the browser to drive: the --browser flag, else the environment variable (VINKJE_BROWSER),
 * each a path or a browser's name; else installed Chrome, Chromium, Edge, Brave (and Firefox when
 * the caller can drive it) in their standard places; else one that Playwright or Puppeteer downloaded.
 */
export function findBrowser(request: BrowserRequest, host: BrowserHost): BrowserSearch {
  const envVar = request.envVar ?? 'VINKJE_BROWSER';
  const asked = request.flag ?? host.env[envVar];
  const source = request.flag !== undefined ? `--browser ${asked}` : `${envVar}=${asked}`;
  const all = browserCandidates(host);
  const named = asked ? all.filter((candidate) => isNamed(candidate, asked)) : all;
  if (asked && named.length === 0) return fromPath(source, asked, request, host);
  const candidates = named.filter((candidate) => wanted(request, candidate.family));
  if (candidates.length === 0) return wrongFamily(source, request);
  const found = firstInstalled(candidates, host);
  return found ? { found } : notFound(request, candidates, host);
}
