import type { Browser, BrowserContext, Page } from 'playwright-core';
import { installQuietProbe } from './installQuietProbe.js';
import type { LiveSettings } from './LiveOptions.js';
import { JobFailure } from './JobFailure.js';
import { NetworkTracker } from './NetworkTracker.js';

// Timers up to this delay count as "the page is still about to do something".
const SHORT_TIMER_MS = 5000;
const STEP_TIMEOUT_MS = 10_000;

export interface OpenPage {
  context: BrowserContext;
  page: Page;
  network: NetworkTracker;
  /** Rejects when the page closes itself or crashes. */
  gone: Promise<never>;
  close(): Promise<void>;
}

/**
 * Chromium ignores window.close() in a tab with history that no script opened, unlike in a reviewer's
 * fresh tab; a page opened by window.open (noopener: no window.opener) behaves like the real thing.
 */
async function scriptOpenedPage(context: BrowserContext): Promise<Page> {
  const opener = await context.newPage();
  const [page] = await Promise.all([context.waitForEvent('page'), opener.evaluate(() => void window.open('about:blank', '_blank', 'noopener'))]);
  await opener.close();
  return page;
}

/** A fresh context (no cookies from other shops) with one page, the quiet probe and an honest user agent. */
export async function openPage(browser: Browser, settings: LiveSettings, userAgent: string): Promise<OpenPage> {
  const context = await browser.newContext({ userAgent, viewport: settings.viewport, locale: settings.locale, acceptDownloads: false });
  await context.addInitScript(installQuietProbe, SHORT_TIMER_MS);
  const page = await scriptOpenedPage(context);
  // Half the page budget at most, so a missing flow selector is reported as such, not as a page timeout.
  page.setDefaultTimeout(Math.min(STEP_TIMEOUT_MS, settings.timeoutMs / 2));
  let closing = false;
  const gone = new Promise<never>((_, reject) => {
    page.once('close', () => closing || reject(new JobFailure('page-closed', 'the page closed its own window')));
    page.once('crash', () => reject(new JobFailure('page-crashed', 'the browser tab crashed')));
  });
  gone.catch(() => undefined);
  const close = async (): Promise<void> => {
    closing = true;
    await context.close().catch(() => undefined);
  };
  return { context, page, network: new NetworkTracker(page), gone, close };
}
