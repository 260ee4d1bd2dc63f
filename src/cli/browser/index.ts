// Browser discovery, shared by the live auditor, `npm start` and the browser tests.
export { findBrowser, type BrowserRequest, type BrowserSearch, type FoundBrowser } from './find-browser.js';
export type { BrowserFamily } from './browser-candidates.js';
export { systemHost } from './system-host.js';
