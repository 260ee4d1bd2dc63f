import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { checkUrl } from './check-url.js';
import { parseSitemap } from './parse-sitemap.js';
import { InputError } from '../input-error.js';
import { userAgent } from './user-agent.js';

const MAX_SITEMAPS = 200;

async function fetchText(url: string): Promise<string> {
  let response: Response;
  try {
    response = await fetch(url, { headers: { 'user-agent': userAgent() }, signal: AbortSignal.timeout(30_000) });
  } catch (error) {
    throw new InputError(`${url}: sitemap could not be fetched (${(error as Error).cause ?? (error as Error).message})`);
  }
  if (!response.ok) throw new InputError(`${url}: sitemap could not be fetched (HTTP ${response.status})`);
  const bytes = Buffer.from(await response.arrayBuffer());
  return (bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes).toString('utf8');
}

async function readSitemapTree(root: string, allowFile: boolean): Promise<string[]> {
  const pending = [root];
  const seen = new Set<string>();
  const pages: string[] = [];
  while (pending.length > 0 && seen.size < MAX_SITEMAPS) {
    const url = pending.shift()!;
    if (seen.has(url)) continue;
    seen.add(url);
    const sitemap = parseSitemap(await fetchText(url));
    if (!sitemap) throw new InputError(`${url}: not a sitemap (no <urlset> or <sitemapindex>)`);
    pages.push(...sitemap.pages.map((page) => checkUrl(page, allowFile, `${url}: <loc>${page}`)));
    pending.push(...sitemap.sitemaps.map((next) => checkUrl(next, false, `${url}: <loc>${next}`)));
  }
  return pages;
}

function urlsOfListFile(text: string, file: string, allowFile: boolean): string[] {
  const sitemap = parseSitemap(text);
  if (sitemap) return sitemap.pages.map((page) => checkUrl(page, allowFile, `${file}: <loc>${page}`));
  return text.split(/\r?\n/).flatMap((line, index) => {
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) return [];
    return [checkUrl(trimmed, allowFile, `${file}:${index + 1}: '${trimmed.slice(0, 80)}'`)];
  });
}

/** The URLs named by `--urls`: a list file (one URL a line, `#` comments), a local sitemap file, or a sitemap URL. */
export async function readUrlList(source: string, allowFile: boolean): Promise<string[]> {
  if (/^https?:\/\//i.test(source)) return readSitemapTree(source, allowFile);
  let text: string;
  try {
    text = await readFile(source, 'utf8');
  } catch (error) {
    throw new InputError(`${source}: cannot read URL list (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  return urlsOfListFile(text, source, allowFile);
}
