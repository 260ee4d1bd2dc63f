import { spawn } from 'node:child_process';
import { appendFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ResultLine } from '../../src/cli/live/index.js';
import { LIVE_BROWSER, useFixtureShop } from './helpers/use-fixture-shop.js';

const PAGES = 20;
const env = useFixtureShop(PAGES);

const lineCount = (file: string) => readFile(file, 'utf8').then((text) => text.split('\n').length - 1, () => 0);

/** Runs the real CLI; with `killAt`, SIGKILLs it (no chance to clean up) once that many results are written. */
function cli(args: string[], killAt?: { file: string; lines: number }): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, ['bin/vinkje.mjs', 'audit', ...args], { detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += String(chunk)));
  const poll = killAt && setInterval(async () => {
    // the group may already be gone when a late tick gets here
    if ((await lineCount(killAt.file)) >= killAt.lines && child.exitCode === null && child.signalCode === null) process.kill(-child.pid!, 'SIGKILL');
  }, 50);
  return new Promise((resolve) => child.on('exit', (code) => (clearInterval(poll), resolve({ code, stderr }))));
}

describe.skipIf(!LIVE_BROWSER)('an interrupted batch', () => {
  it('resumes an interrupted batch of 20 local URLs with no duplicate and no lost line', async () => {
    const out = join(env.dir, 'out');
    const results = join(out, 'results.jsonl');
    // --quiet 0 scans each static page at its load event: waiting for quiet is pages.test.ts's subject, not this one's.
    const args = ['--urls', `${env.shop.origin}/sitemap.xml`, '--out', out, '--concurrency', '2', '--delay', '0', '--quiet', '0', '--no-screenshots'];
    const first = await cli(args, { file: results, lines: PAGES / 2 });
    expect(first.code).toBeNull();
    const kept = await lineCount(results);
    expect(kept).toBeGreaterThanOrEqual(PAGES / 2);
    expect(kept).toBeLessThan(PAGES);
    // what a kill in the middle of a write would leave behind
    await appendFile(results, `{"schema":"vinkje/1","key":"${env.shop.origin}/page/50","url":"${env.shop.origin}/pa`);

    const second = await cli(args);
    expect(second.stderr).toContain(`resuming: ${kept} already in results.jsonl, ${PAGES - kept} to go`);
    expect(second.code).toBe(1);
    const text = await readFile(results, 'utf8');
    const lines = text.trimEnd().split('\n').map((l) => JSON.parse(l) as ResultLine);
    const keys = lines.map((l) => l.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.sort()).toEqual(Array.from({ length: PAGES }, (_, i) => `${env.shop.origin}/page/${i + 1}`).sort());
    expect(lines.every((l) => l.ok)).toBe(true);
    expect((await readFile(join(out, 'summary.csv'), 'utf8')).trim().split('\n')).toHaveLength(PAGES + 1);
  }, 120_000);
});
