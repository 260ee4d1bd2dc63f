import type { Page, Worker } from 'playwright-core';
import type { Launched } from './launch-extension';
import { launchExtension } from './launch-extension';
import { runAxe } from './run-axe';
import type { Shop } from './serve-shop';
import { serveShop } from './serve-shop';

// The extension API inside the worker; typed loosely because it runs in the browser, not here.
declare const chrome: any;

/** The id of the tab showing `page`, without the tabs permission: it is the active one. */
export async function tabIdOf(launched: Launched, page: Page): Promise<number> {
  await page.bringToFront();
  return launched.worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0].id);
}

export interface CheckoutTab {
  shop: Shop;
  browser: Launched;
  page: Page;
  tabId: number;
}

/** The demo shop served, the extension launched in Chromium, and the shop's checkout open in a tab. */
export async function openCheckout(executablePath: string, lang: 'nl' | 'en'): Promise<CheckoutTab> {
  const shop = await serveShop();
  try {
    const browser = await launchExtension(executablePath, lang);
    const page = await browser.context.newPage();
    await page.goto(`${shop.origin}/checkout.html`);
    return { shop, browser, page, tabId: await tabIdOf(browser, page) };
  } catch (error) {
    await shop.close();
    throw error;
  }
}

/** The toolbar badge of a tab, once it equals `expected` (the worker sets it asynchronously). */
export async function badgeOf(worker: Worker, tabId: number, expected: string, timeoutMs = 5000): Promise<{ text: string; color: number[] }> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const badge = await worker.evaluate(async (id) => ({
      text: await chrome.action.getBadgeText({ tabId: id }),
      color: await chrome.action.getBadgeBackgroundColor({ tabId: id }),
    }), tabId);
    if (badge.text === expected || Date.now() > deadline) return badge;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The popup as a tab pointed at `tabId` (see e2e.md: the toolbar popup is out of Playwright's reach). */
export async function openPopup(launched: Launched, tabId: number, colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const popup = await launched.context.newPage();
  await popup.setViewportSize({ width: 420, height: 900 });
  await popup.emulateMedia({ colorScheme });
  await popup.goto(`chrome-extension://${launched.id}/popup.html?tabId=${tabId}`);
  await popup.waitForSelector('#content[aria-busy="false"]');
  return popup;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The outline boxes inside Vinkje's closed shadow root, found through the DevTools protocol,
 * which alone can pierce a closed root (no page script can).
 */
export async function overlayBoxes(page: Page): Promise<Rect[]> {
  const cdp = await page.context().newCDPSession(page);
  const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
  const host = (function find(node: any): any {
    if (node.shadowRoots?.[0]?.shadowRootType === 'closed') return node;
    for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
      const found = find(child);
      if (found) return found;
    }
    return null;
  })(root);
  const boxes = (host?.shadowRoots?.[0]?.children ?? []).filter((node: any) => /\bbox\b/.test(node.attributes?.[1] ?? ''));
  const rects: Rect[] = [];
  for (const box of boxes) {
    const { model } = await cdp.send('DOM.getBoxModel', { nodeId: box.nodeId }).catch(() => ({ model: null }) as any);
    if (model) rects.push({ x: model.border[0], y: model.border[1], width: model.width, height: model.height });
  }
  await cdp.detach();
  return rects;
}

/** axe-core's violations on a page, ids with their targets; evaluated over CDP, so CSP allows it. */
export async function axeViolations(page: Page, axeSource: string): Promise<string[]> {
  await page.evaluate(axeSource);
  return page.evaluate(runAxe);
}
