import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runLiveAudit, type LiveReport, type ResultLine } from '../../src/cli/live/index.js';
import { captureIo } from './helpers/capture-io.js';
import { LIVE_BROWSER, useFixtureShop } from './helpers/use-fixture-shop.js';

const env = useFixtureShop();

async function auditJson(path: string): Promise<{ code: number; report: LiveReport }> {
  const io = captureIo();
  const code = await runLiveAudit([env.shop.origin + path], { format: 'json', delay: 0 }, io);
  return { code, report: JSON.parse(io.out()) as LiveReport };
}

const controls = (report: LiveReport) => report.forms.flatMap((form) => form.controls);

describe.skipIf(!LIVE_BROWSER)('live pages', () => {
  it('waits for a form that is rendered 2 s after load', async () => {
    const { code, report } = await auditJson('/late');
    const box = controls(report).find((c) => c.selector.includes('late-box'));
    expect(box).toMatchObject({ checked: true, marketing: true });
    expect(report.run.quiet).toBe(true);
    expect(code).toBe(report.verdict === 'non-compliant' ? 1 : 0);
  });

  it('scans a cross-origin iframe and prefixes its controls with the iframe selector', async () => {
    const { report } = await auditJson('/framed');
    expect(controls(report).map((c) => c.selector)).toContain('#nl-frame >>> #nb');
    expect(report.run.dom.frames.map((f) => f.url)).toContain(`${env.shop.otherOrigin}/newsletter-frame`);
    expect(report.run.finalUrl).toBe(`${env.shop.origin}/framed`);
  });

  it('counts a same-origin iframe once, whether the engine or the frame walk reaches it', async () => {
    const { report } = await auditJson('/framed-here');
    expect(controls(report).filter((c) => c.marketing).map((c) => c.selector)).toHaveLength(1);
    expect(controls(report).find((c) => c.marketing)?.selector).toMatch(/ >>> #nb$/);
  });

  it('scans controls inside a shadow root', async () => {
    const { report } = await auditJson('/shadow');
    expect(controls(report).find((c) => c.marketing)?.selector).toMatch(/ >>> /);
  });

  it('identifies itself honestly and refuses schemes other than http(s)', async () => {
    expect(env.shop.userAgents.some((ua) => /Vinkje\/\d/.test(ua))).toBe(true);
    for (const input of ['file:///etc/passwd', 'javascript:alert(1)', 'ftp://example.org/']) {
      const io = captureIo();
      expect(await runLiveAudit([input], {}, io)).toBe(2);
      expect(io.err().trim().split('\n')).toHaveLength(1);
      expect(io.err()).toContain(input.slice(0, 6));
    }
  });

  it('records each broken page as a failure with its reason while the batch goes on', async () => {
    const paths = ['/missing', '/loop', '/hang', '/closer', '/page/1'];
    const list = join(env.dir, 'broken.txt');
    await writeFile(list, paths.map((p) => env.shop.origin + p).join('\n'));
    const io = captureIo();
    const out = join(env.dir, 'broken');
    const code = await runLiveAudit([], { urls: list, out, timeout: 8, retries: 0, delay: 0, concurrency: 2 }, io);
    const lines = (await readFile(join(out, 'results.jsonl'), 'utf8')).trim().split('\n').map((l) => JSON.parse(l) as ResultLine);
    const reasons = Object.fromEntries(lines.map((l) => [new URL(l.url).pathname, l.error?.reason ?? l.verdict]));
    expect(reasons).toEqual({ '/missing': 'http-404', '/loop': 'redirect-loop', '/hang': 'timeout', '/closer': 'page-closed', '/page/1': 'compliant' });
    expect(code).toBe(2);
    expect(io.err()).toMatch(/FAILED timeout .*\/hang/);
    expect((await readFile(join(out, 'summary.csv'), 'utf8')).trim().split('\n')).toHaveLength(6);
    expect(await readFile(join(out, 'index.html'), 'utf8')).toContain('redirect-loop');
  }, 60_000);

  it('writes evidence with every piece of page text escaped', async () => {
    const out = join(env.dir, 'evidence');
    expect(await runLiveAudit([`${env.shop.origin}/hostile`], { out, delay: 0 }, captureIo())).toBe(1);
    const [folder] = await readdir(join(out, 'pages'));
    const files = await readdir(join(out, 'pages', folder!));
    expect(files).toEqual(expect.arrayContaining(['page.png', 'page-control-1.png', 'report.html', 'report.md', 'report.json']));
    const html = await readFile(join(out, 'pages', folder!, 'report.html'), 'utf8');
    expect(html).not.toMatch(/<img src=x/i);
    expect(html).not.toContain('</section>&');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('data:image/png;base64,');
    const report = JSON.parse(await readFile(join(out, 'pages', folder!, 'report.json'), 'utf8')) as LiveReport;
    expect(report.run.dom.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(report.run.marks[0]).toMatchObject({ n: 1, closeup: 'page-control-1.png' });
  });
});
