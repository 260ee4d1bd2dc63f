import { appendFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HostScheduler } from '../../src/cli/live/run/host-scheduler.js';
import { mergeFrameReports } from '../../src/cli/live/scan/frames.js';
import { parseShard } from '../../src/cli/live/input/options.js';
import { parseSitemap } from '../../src/cli/live/input/urls.js';
import { planJobs } from '../../src/cli/live/input/jobs.js';
import type { ResultLine } from '../../src/cli/live/index.js';
import { readResultLines, ResultsLog } from '../../src/cli/live/output/results.js';
import type { Report } from '../../src/core/types.js';

let dir: string;
beforeAll(async () => void (dir = await mkdtemp(join(tmpdir(), 'vinkje-parts-'))));
afterAll(() => rm(dir, { recursive: true, force: true }));

const line = (key: string): ResultLine => ({
  schema: 'vinkje/1', key, url: key, ok: false, verdict: null, counts: null, finalUrl: null,
  error: { reason: 'timeout', message: 'x' }, attempts: 1, durationMs: 1, finishedAt: '', evidence: null, reports: [],
});

describe('batch parts', () => {
  it('splits a list into disjoint shards that together cover it', () => {
    const urls = Array.from({ length: 300 }, (_, i) => `https://shop${i % 7}.example/p/${i}`);
    const shards = [1, 2, 3, 4].map((i) => planJobs(urls, undefined, { allowFile: false, shard: parseShard(`${i}/4`) }).map((j) => j.key));
    expect(shards.flat().sort()).toEqual([...urls].sort());
    expect(shards.every((s) => s.length > 40)).toBe(true);
    expect(() => parseShard('5/4')).toThrow(/--shard: expected i\/n/);
  });

  it('reads sitemaps and sitemap indexes without expanding entities', () => {
    const xml = '<?xml version="1.0"?><urlset><url><loc> https://a.example/?x=1&amp;y=2 </loc></url><url><loc><![CDATA[https://a.example/b]]></loc></url></urlset>';
    expect(parseSitemap(xml)).toEqual({ pages: ['https://a.example/?x=1&y=2', 'https://a.example/b'], sitemaps: [] });
    expect(parseSitemap('<sitemapindex><sitemap><loc>https://a.example/s2.xml</loc></sitemap></sitemapindex>')?.sitemaps).toEqual(['https://a.example/s2.xml']);
    expect(parseSitemap('<html></html>')).toBeUndefined();
  });

  it('cuts a half-written last line and never writes a key twice', async () => {
    const file = join(dir, 'results.jsonl');
    const first = await ResultsLog.open(file);
    first.append(line('a'));
    first.append(line('b'));
    first.close();
    await appendFile(file, '{"schema":"vinkje/1","key":"c","url":"c","ok":tr');
    const again = await ResultsLog.open(file);
    expect([again.has('a'), again.has('b'), again.has('c')]).toEqual([true, true, false]);
    again.append(line('b'));
    again.append(line('c'));
    again.close();
    const keys: string[] = [];
    for await (const l of readResultLines(file)) keys.push(l.key);
    expect(keys).toEqual(['a', 'b', 'c']);
    expect((await readFile(file, 'utf8')).endsWith('}\n')).toBe(true);
  });

  it('keeps the politeness delay per host but lets other hosts go ahead', async () => {
    const scheduler = new HostScheduler<{ url: string }>(300);
    ['https://a.example/1', 'https://a.example/2', 'https://b.example/1'].forEach((url) => scheduler.push({ url }));
    const started: [string, number][] = [];
    const t0 = Date.now();
    for (let job = await scheduler.next(() => false); job; job = await scheduler.next(() => false)) {
      started.push([job.url, Date.now() - t0]);
      scheduler.done();
    }
    expect(started.map(([url]) => url)).toEqual(['https://a.example/1', 'https://b.example/1', 'https://a.example/2']);
    expect(started[1]![1]).toBeLessThan(100);
    expect(started[2]![1]).toBeGreaterThanOrEqual(290);
  });

  it('prefixes frame controls with the iframe selector when merging', () => {
    const form = (verdict: Report['verdict']) => ({
      selector: 'form', context: 'newsletter', contextEvidence: [], verdict, requirements: {},
      controls: [{ selector: '#nb', off: { selector: '#nb', set: 'unchecked' } }],
      findings: [{ rule: 'r', severity: 'warning', control: '#nb', title: '', message: '', legal: [] }],
    });
    const report = (verdict: Report['verdict']) => ({ verdict, forms: [form(verdict)], truncated: [] }) as unknown as Report;
    const merged = mergeFrameReports([{ prefix: '', report: report('compliant') }, { prefix: '#f', report: report('non-compliant') }]);
    expect(merged.verdict).toBe('non-compliant');
    expect(merged.forms[1]).toMatchObject({ selector: '#f >>> form', controls: [{ selector: '#f >>> #nb', off: { selector: '#f >>> #nb' } }], findings: [{ control: '#f >>> #nb' }] });
  });
});
