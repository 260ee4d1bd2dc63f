// The live auditor (Chromium, the injected engine bundle) and the static audit (jsdom) give the
// same verdicts on every fixture page: a shopper sees the same answer whichever way a page is read.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readdirSync, readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parsePage } from '../../src/cli/load-page.js';
import { runLiveAudit, type ResultLine } from '../../src/cli/live/index.js';
import { auditDocument } from '../../src/core/index.js';
import type { ProfileChoice, Report } from '../../src/core/types.js';
import { captureIo } from './helpers/capture-io.js';
import { LIVE_BROWSER, useFixtureShop } from './helpers/use-fixture-shop.js';

const env = useFixtureShop();
const dir = join(import.meta.dirname, '..', 'fixtures');

interface Fixture { name: string; html: string; profile: ProfileChoice; path: string }

// Served under /f/<n> plus the address the fixture stands for, so both audits read the same URL signals.
const fixtures: Fixture[] = readdirSync(dir).filter((file) => file.endsWith('.json')).sort().map((file, i) => {
  const name = file.slice(0, -5);
  const expected = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { url?: string; profile?: ProfileChoice };
  const address = expected.url ? new URL(expected.url) : null;
  return { name, html: readFileSync(join(dir, `${name}.html`), 'utf8'), profile: expected.profile ?? 'nl', path: `/f/${i}${address ? address.pathname + address.search : '/'}` };
});

let server: Server;
let origin = '';
beforeAll(async () => {
  const byPath = new Map(fixtures.map((fixture) => [fixture.path, fixture.html]));
  server = createServer((req, res) => {
    const page = byPath.get(req.url ?? '');
    res.writeHead(page ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' }).end(page ?? 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

interface Verdicts { verdict: string; forms: string[] }

/** What a person is told: the page verdict and each form's context and verdict. */
const verdicts = (report: Pick<Report, 'verdict' | 'forms'>): Verdicts => ({
  verdict: report.verdict,
  forms: report.forms.map((form) => `${form.selector}: ${form.context}, ${form.verdict}`).sort(),
});

function staticVerdicts(fixture: Fixture) {
  const url = origin + fixture.path;
  return verdicts(auditDocument(parsePage(fixture.html, url), { url, profile: fixture.profile }));
}

async function liveVerdicts(profile: ProfileChoice): Promise<Map<string, Verdicts>> {
  const list = join(env.dir, `fixtures-${profile}.txt`);
  const out = join(env.dir, `fixtures-${profile}`);
  await writeFile(list, fixtures.filter((f) => f.profile === profile).map((f) => origin + f.path).join('\n'));
  await runLiveAudit([], { urls: list, out, profile, concurrency: 3, delay: 0, retries: 0, quiet: 3000, screenshots: false }, captureIo());
  const lines = (await readFile(join(out, 'results.jsonl'), 'utf8')).trim().split('\n').map((line) => JSON.parse(line) as ResultLine);
  const pathOf = (url: string) => new URL(url).pathname + new URL(url).search;
  const read = (line: ResultLine): Verdicts => (line.ok && line.verdict
    ? verdicts({ verdict: line.verdict, forms: line.reports.flatMap((report) => report.forms) })
    : { verdict: line.error?.reason ?? 'failed', forms: [] });
  return new Map(lines.map((line) => [pathOf(line.url), read(line)]));
}

describe.skipIf(!LIVE_BROWSER)('live auditor and static audit agree', () => {
  it('gives the same page and form verdicts on every fixture page', async () => {
    const live = new Map<string, Verdicts>();
    for (const profile of new Set(fixtures.map((fixture) => fixture.profile))) for (const [path, found] of await liveVerdicts(profile)) live.set(path, found);
    expect(fixtures.length).toBeGreaterThanOrEqual(60);
    for (const fixture of fixtures) {
      expect.soft(live.get(fixture.path), fixture.name).toEqual(staticVerdicts(fixture));
    }
  }, 1_200_000);
});
