import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { InputError } from '../../input-error.js';
import { userAgent } from '../browser/pool.js';

const MAX_SITEMAPS = 200;

/** Parses a URL the auditor may open; `where` names the input in the one-line error. */
export function checkUrl(text: string, allowFile: boolean, where: string = text): string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new InputError(`${where}: not a URL (expected http:// or https://)`);
  }
  const scheme = url.protocol;
  if (scheme === 'http:' || scheme === 'https:') return url.href;
  if (scheme === 'file:' && allowFile) return url.href;
  const hint = scheme === 'file:' ? ' (file: URLs need --allow-file)' : ' (only http: and https: are audited)';
  throw new InputError(`${where}: refused ${scheme} URL${hint}`);
}

export interface Sitemap {
  /** `<url><loc>` entries: pages to audit. */
  pages: string[];
  /** `<sitemap><loc>` entries of a sitemap index: further sitemaps to read. */
  sitemaps: string[];
}

const decodeXml = (text: string): string =>
  text
    .replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')
    .trim();

function locsOf(xml: string, element: 'url' | 'sitemap'): string[] {
  const blocks = xml.match(new RegExp(`<(?:\\w+:)?${element}\\b[^>]*>[\\s\\S]*?</(?:\\w+:)?${element}>`, 'g')) ?? [];
  return blocks.flatMap((block) => {
    const loc = /<(?:\w+:)?loc\b[^>]*>([\s\S]*?)<\/(?:\w+:)?loc>/.exec(block);
    return loc ? [decodeXml(loc[1]!)] : [];
  });
}

/** Reads a sitemap or sitemap index (sitemaps.org protocol); no DTDs or entities are expanded. */
export function parseSitemap(xml: string): Sitemap | undefined {
  if (!/<(?:\w+:)?(urlset|sitemapindex)\b/.test(xml)) return undefined;
  return { pages: locsOf(xml, 'url'), sitemaps: locsOf(xml, 'sitemap') };
}

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
