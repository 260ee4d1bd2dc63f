import type Browser from 'webextension-polyfill';

/**
 * The extension API without webextension-polyfill, for code that runs in web pages (the
 * sentinel and the content engine), where its 10 KB would ride along on every page: Firefox's
 * `browser` and Chrome's `chrome` both return promises from every call used there (MV3).
 * What the polyfill adds that they lack, a promise returned from an `onMessage` listener,
 * content code does without: it answers through `sendResponse`.
 */
export const ext = ((globalThis as { browser?: unknown }).browser ?? (globalThis as { chrome?: unknown }).chrome) as typeof Browser;
