// The Chromium figures of `npm run bench` (issues 3 and 12): on the category-page recipe the
// engine's scan next to the bare walk, a page without candidates, a one-form rescan, and the
// content script's main-thread share under 1 000 mutations a second.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { bareWalk } from '../../scripts/bench/bare-walk';
import type { HostFigures, ScanFigure } from '../../scripts/bench/figures';
import { NO_CANDIDATE_SIZE, RECIPE_SIZES, RESCAN_SIZE } from '../../scripts/bench/figures';
import { generateCategoryPage } from '../../scripts/bench/generate-page';
import { medianRun } from '../../scripts/bench/median-run';
import { findBrowser, systemHost } from '../../src/cli/browser/index';
import { launchExtension } from './launch-extension';

const CHECKOUT = readFileSync('test/e2e/shop/checkout.html', 'utf8');
const FORM = CHECKOUT.slice(CHECKOUT.indexOf('<form'), CHECKOUT.indexOf('</form>') + 7);

/** A page of about 2 000 elements with the checkout, changed 1 000 times a second: text churn (a ticker), or a control's state. */
function churnPage(mutate: 'churn' | 'toggle'): string {
  const filler = '<article><h3>Product</h3><p>Mooie <b>fiets</b> voor <i>elke</i> dag</p><span>€ 9,95</span></article>'.repeat(Math.ceil(2000 / 6));
  const step = mutate === 'churn' ? 'ticker.textContent = String(Math.random())' : "document.getElementById('terms').toggleAttribute('disabled')";
  const script = `<div id="ticker"></div><script>
    const ticker = document.getElementById('ticker');
    setInterval(() => { for (let i = 0; i < 10; i++) { ${step}; } }, 10);
  </script>`;
  return `<!doctype html><html lang="nl"><body>${filler}${FORM}${script}</body></html>`;
}

async function serve() {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://x');
    const mutate = url.searchParams.get('mutate');
    const html = mutate === 'churn' || mutate === 'toggle'
      ? churnPage(mutate)
      : generateCategoryPage(Number(url.searchParams.get('elements') ?? 1000), { checkout: url.searchParams.get('checkout') !== '0' });
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => server.close() };
}

/** The engine for the page, and the bench's own helpers (self-contained functions, sent as source). */
async function benchScript(): Promise<string> {
  const { outputFiles } = await build({ entryPoints: ['scripts/bench/page-engine.ts'], bundle: true, write: false, format: 'iife', target: 'chrome110', minify: true, logLevel: 'warning' });
  return `${outputFiles[0]!.text}; globalThis.medianRun = ${medianRun.toString()}; globalThis.bareWalk = ${bareWalk.toString()};`;
}

interface InPage {
  vinkjeBench: { auditDocument(root: Document): unknown; rescanForms(previous: unknown, changed: Node[]): unknown };
  medianRun(run: () => unknown): number;
  bareWalk(document: Document): string[];
}

async function open(tab: Page, url: string, script: string): Promise<void> {
  await tab.goto(url);
  await tab.evaluate(script);
}

async function scanVersusWalk(tab: Page): Promise<ScanFigure> {
  return tab.evaluate(() => {
    const { vinkjeBench, medianRun, bareWalk } = globalThis as unknown as InPage;
    return { elements: document.getElementsByTagName('*').length, walkMs: medianRun(() => bareWalk(document)), scanMs: medianRun(() => vinkjeBench.auditDocument(document)) };
  });
}

/** Seconds of script on the page's main thread (page and content scripts) during `ms`. */
async function scriptSecondsDuring(tab: Page, ms: number): Promise<number> {
  const cdp = await tab.context().newCDPSession(tab);
  await cdp.send('Performance.enable');
  const read = async () => (await cdp.send('Performance.getMetrics')).metrics.find((metric) => metric.name === 'ScriptDuration')!.value;
  const before = await read();
  await tab.waitForTimeout(ms);
  const spent = (await read()) - before;
  await cdp.detach();
  return spent;
}

/** Main-thread share of script over five seconds of mutations, with and without Vinkje's content script. */
async function churnShare(launched: Awaited<ReturnType<typeof launchExtension>>, url: string, inject: boolean): Promise<number> {
  const tab = await launched.context.newPage();
  await tab.goto(url);
  await tab.bringToFront();
  if (inject) {
    await launched.worker.evaluate(async () => {
      const chrome = (globalThis as any).chrome;
      const [active] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      await chrome.scripting.executeScript({ target: { tabId: active.id }, files: ['content.js'] });
    });
  }
  const share = (await scriptSecondsDuring(tab, 5000)) / 5;
  await tab.close();
  return share;
}

export interface MutationShare {
  mutations: 'churn' | 'toggle';
  /** Fractions of the main thread spent in script. */
  without: number;
  withVinkje: number;
}

export interface ChromiumFigures extends HostFigures {
  mutationShare: MutationShare[];
}

/** The engine's figures in a plain headless Chromium (no extension on the page: only the engine runs). */
async function engineFigures(executablePath: string, origin: string): Promise<HostFigures> {
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
  try {
    const script = await benchScript();
    const tab = await browser.newPage();
    const recipe: ScanFigure[] = [];
    for (const elements of RECIPE_SIZES) {
      await open(tab, `${origin}/?elements=${elements}`, script);
      recipe.push(await scanVersusWalk(tab));
    }
    await open(tab, `${origin}/?elements=${NO_CANDIDATE_SIZE}&checkout=0`, script);
    const { elements, scanMs } = await scanVersusWalk(tab);
    await open(tab, `${origin}/?elements=${RESCAN_SIZE}`, script);
    const oneFormRescan = await tab.evaluate(() => {
      const { vinkjeBench, medianRun } = globalThis as unknown as InPage;
      const box = document.getElementById('news') as HTMLInputElement;
      let report = vinkjeBench.auditDocument(document);
      const rescanMs = medianRun(() => {
        box.checked = !box.checked;
        report = vinkjeBench.rescanForms(report, [box]);
      });
      return { elements: document.getElementsByTagName('*').length, rescanMs };
    });
    return { recipe, noCandidate: { elements, scanMs }, oneFormRescan };
  } finally {
    await browser.close();
  }
}

/** Everything the bench measures in Chromium: the engine alone, then the extension under mutations. */
export async function chromiumFigures(): Promise<ChromiumFigures> {
  const search = findBrowser({ family: 'chromium' }, systemHost());
  if (!search.found) throw new Error(`bench: ${search.message}`);
  const shop = await serve();
  try {
    const engine = await engineFigures(search.found.path, shop.origin);
    const launched = await launchExtension(search.found.path, 'en');
    try {
      const mutationShare: MutationShare[] = [];
      for (const mutations of ['churn', 'toggle'] as const) {
        const url = `${shop.origin}/?mutate=${mutations}`;
        mutationShare.push({ mutations, without: await churnShare(launched, url, false), withVinkje: await churnShare(launched, url, true) });
      }
      return { ...engine, mutationShare };
    } finally {
      await launched.close();
    }
  } finally {
    shop.close();
  }
}
