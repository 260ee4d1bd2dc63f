// In-browser figures for the extension (issue 3): `npm run bench:browser` from the repository root.
// Scan time next to a bare DOM walk, cost on a page without forms, the content script's
// main-thread share under 1 000 mutations a second, and its minified size.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { findBrowser, systemHost } from '../../src/cli/browser/index';
import { CANDIDATE_SELECTOR } from '../../src/content/candidate-selector';
import { launchExtension } from './launch-extension';

const CHECKOUT = readFileSync('test/e2e/shop/checkout.html', 'utf8');
const FORM = CHECKOUT.slice(CHECKOUT.indexOf('<form'), CHECKOUT.indexOf('</form>') + 7);

/** A page of about `nodes` elements: filler articles, and the checkout form unless `form` is false. */
function page(nodes: number, form: boolean, mutate: string): string {
  const filler = '<article><h3>Product</h3><p>Mooie <b>fiets</b> voor <i>elke</i> dag</p><span>€ 9,95</span></article>'.repeat(Math.ceil(nodes / 6));
  // 1 000 mutations a second, ten every 10 ms: text churn (a ticker), or a control's state.
  const step = mutate === 'churn' ? "ticker.textContent = String(Math.random())" : "document.getElementById('terms').toggleAttribute('disabled')";
  const script = `<div id="ticker"></div><script>
    const ticker = document.getElementById('ticker');
    setInterval(() => { for (let i = 0; i < 10; i++) { ${step}; } }, 10);
  </script>`;
  return `<!doctype html><html lang="nl"><body>${filler}${form ? FORM : ''}${mutate === 'none' ? '' : script}</body></html>`;
}

async function serve() {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://x');
    const html = page(Number(url.searchParams.get('nodes') ?? 1000), url.searchParams.get('form') !== '0', url.searchParams.get('mutate') ?? 'none');
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => server.close() };
}

/** Median milliseconds of the engine's scan and of a bare TreeWalker over the same document. */
async function scanVersusWalk(tab: Page, engine: string): Promise<{ nodes: number; scan: number; walk: number }> {
  await tab.evaluate(engine);
  return tab.evaluate(() => {
    const median = (run: () => void) => {
      const times = Array.from({ length: 9 }, () => {
        const start = performance.now();
        run();
        return performance.now() - start;
      });
      return times.sort((a, b) => a - b)[4]!;
    };
    const walk = () => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT);
      let count = 0;
      while (walker.nextNode()) count += (walker.currentNode as Element).tagName.length > 0 ? 1 : 0;
      return count;
    };
    const vinkje = (window as any).vinkje;
    return { nodes: walk(), scan: median(() => vinkje.auditDocument(document)), walk: median(walk) };
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

/** Script time over five seconds of mutation churn, with and without Vinkje's content script. */
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

const search = findBrowser({ family: 'chromium' }, systemHost());
if (!search.found) {
  console.error(`bench:browser: ${search.message}`);
  process.exit(2);
}
const launched = await launchExtension(search.found.path, 'en');
const shop = await serve();
try {
  const engine = readFileSync('dist/vinkje-engine.js', 'utf8');
  const tab = await launched.context.newPage();
  for (const nodes of [1000, 5000, 50000]) {
    await tab.goto(`${shop.origin}/?nodes=${nodes}`);
    const { nodes: counted, scan, walk } = await scanVersusWalk(tab, engine);
    console.log(`scan ${counted} elements: ${scan.toFixed(2)} ms, bare walk ${walk.toFixed(2)} ms, ratio ${(scan / walk).toFixed(1)}`);
  }
  await tab.goto(`${shop.origin}/?nodes=1000&form=0`);
  const { scan } = await scanVersusWalk(tab, engine);
  const check = await tab.evaluate((selector) => {
    const start = performance.now();
    for (let i = 0; i < 1000; i++) document.querySelector(selector);
    return (performance.now() - start) / 1000;
  }, CANDIDATE_SELECTOR);
  console.log(`page without forms (1 000 elements): the sentinel's check ${check.toFixed(4)} ms (the engine alone would take ${scan.toFixed(2)} ms)`);
  for (const mutate of ['churn', 'toggle']) {
    const url = `${shop.origin}/?nodes=2000&mutate=${mutate}`;
    const [without, withVinkje] = [await churnShare(launched, url, false), await churnShare(launched, url, true)];
    const percent = (share: number) => `${(share * 100).toFixed(2)} %`;
    console.log(`1 000 mutations/s (${mutate}): script ${percent(without)} of main thread without Vinkje, ${percent(withVinkje)} with (Vinkje ${percent(withVinkje - without)})`);
  }
  const content = readFileSync('extension/content.js');
  console.log(`content.js (the sentinel): ${(content.length / 1024).toFixed(1)} KB minified, ${(gzipSync(content).length / 1024).toFixed(1)} KB gzipped`);
} finally {
  shop.close();
  await launched.close();
}
