import type { Browser, BrowserContext, Page } from 'playwright-core';
import { JobFailure } from '../run/failures.js';
import type { LiveSettings } from '../input/options.js';
import { installTimerProbe, NetworkTracker } from './quiet.js';

// Timers up to this delay count as "the page is still about to do something".
const SHORT_TIMER_MS = 5000;
const STEP_TIMEOUT_MS = 10_000;

const WINDOW_CLOSE_SIGNAL = '[vinkje] the page called window.close()';

/**
 * Runs in every frame before the page's scripts (serialised, self-contained). Chromium refuses
 * window.close() in an automated tab that has history, yet in a reviewer's fresh tab the page would
 * be gone: a top document that calls it is reported through the console and counts as closed.
 */
function reportWindowClose(signal: string): void {
  if (window.top !== window) return;
  const close = window.close.bind(window);
  window.close = () => {
    console.debug(signal);
    close();
  };
}

export interface OpenPage {
  context: BrowserContext;
  page: Page;
  network: NetworkTracker;
  /** Rejects when the page closes itself or crashes. */
  gone: Promise<never>;
  close(): Promise<void>;
}

/** A fresh context (no cookies from other shops) with one page, the timer probe and an honest user agent. */
export async function openPage(browser: Browser, settings: LiveSettings, userAgent: string): Promise<OpenPage> {
  const context = await browser.newContext({ userAgent, viewport: settings.viewport, locale: settings.locale, acceptDownloads: false });
  await context.addInitScript(installTimerProbe, SHORT_TIMER_MS);
  await context.addInitScript(reportWindowClose, WINDOW_CLOSE_SIGNAL);
  const page = await context.newPage();
  // Half the page budget at most, so a missing flow selector is reported as such, not as a page timeout.
  page.setDefaultTimeout(Math.min(STEP_TIMEOUT_MS, settings.timeoutMs / 2));
  let closing = false;
  const gone = new Promise<never>((_, reject) => {
    page.once('close', () => closing || reject(new JobFailure('page-closed', 'the page closed its own window')));
    page.once('crash', () => reject(new JobFailure('page-crashed', 'the browser tab crashed')));
    page.on('console', (message) => message.text() === WINDOW_CLOSE_SIGNAL && reject(new JobFailure('page-closed', 'the page closed its own window')));
  });
  gone.catch(() => undefined);
  const close = async (): Promise<void> => {
    closing = true;
    await context.close().catch(() => undefined);
  };
  return { context, page, network: new NetworkTracker(page), gone, close };
}
