// Everything the Firefox tests do that no web page or extension could: BiDi commands Puppeteer does
// not wrap, and scripts in the browser window's privileged ("chrome") scope. These are Firefox
// internals, kept here so a Firefox release that moves them breaks one file.
import type { Browser, Page } from 'puppeteer-core';

/** Lets BiDi open moz-extension:// pages and reach the privileged scope. */
export const FIREFOX_ARGS = ['--remote-allow-system-access'];

interface BidiConnection {
  send(method: string, params: object): Promise<{ result: any }>;
}

const bidi = (browser: Browser): BidiConnection => (browser as unknown as { connection: BidiConnection }).connection;
const contextOf = (page: Page): string => (page.mainFrame() as unknown as { _id: string })._id;

/** Opens an extension page: `page.goto` never resolves there, Firefox sends no load events for it. */
export async function openExtensionPage(page: Page, url: string): Promise<void> {
  await (page.mainFrame() as unknown as { browsingContext: { navigate(url: string, wait: string): Promise<unknown> } }).browsingContext.navigate(url, 'complete');
}

/** Runs `expression` in the browser window's privileged scope and returns its JSON-able value. */
async function privileged<T>(browser: Browser, expression: string): Promise<T> {
  const tree = await bidi(browser).send('browsingContext.getTree', { 'moz:scope': 'chrome', maxDepth: 0 });
  const { result } = await bidi(browser).send('script.evaluate', {
    expression: `JSON.stringify(${expression}) ?? "null"`,
    target: { context: tree.result.contexts[0].context },
    awaitPromise: false,
  });
  if (result.type === 'exception') throw new Error(`privileged script failed: ${result.exceptionDetails.text}`);
  return JSON.parse(result.result.value) as T;
}

/** A click on the extension's toolbar button: grants activeTab on the selected tab and opens the real popup. */
export async function clickToolbarButton(browser: Browser, extensionId: string): Promise<void> {
  await privileged(browser, `(() => {
    const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
    const extension = WebExtensionPolicy.getByID(${JSON.stringify(extensionId)}).extension;
    ExtensionParent.apiManager.global.browserActionFor(extension).triggerAction(window);
    return true;
  })()`);
}

/** Pages ask for dark or light (there is no emulateMedia for Firefox over BiDi). */
export async function setColorScheme(browser: Browser, scheme: 'dark' | 'light'): Promise<void> {
  await privileged(browser, `Services.prefs.setIntPref('layout.css.prefers-color-scheme.content-override', ${scheme === 'dark' ? 0 : 1})`);
}

/** Errors (not warnings) that any script of the extension reported, in any process. */
export async function extensionErrors(browser: Browser, extensionOrigin: string): Promise<string[]> {
  return privileged<string[]>(browser, `Services.console.getMessageArray()
    .filter((m) => m instanceof Ci.nsIScriptError && !(m.flags & Ci.nsIScriptError.warningFlag))
    .filter((m) => (m.sourceName || '').startsWith(${JSON.stringify(extensionOrigin)}))
    .map((m) => m.sourceName + ':' + m.lineNumber + ' ' + m.errorMessage)`);
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The outline boxes inside the extension's closed shadow root on `page`. No page script can open a
 * closed root; BiDi can serialize it and hand the root to a function.
 */
export async function closedShadowBoxes(browser: Browser, page: Page): Promise<Rect[]> {
  const target = { context: contextOf(page) };
  const { result: hosts } = await bidi(browser).send('script.evaluate', {
    // The layer's host is a child of <html>, beside <head> and <body>.
    expression: '[...document.documentElement.children]',
    target, awaitPromise: false, resultOwnership: 'root',
    serializationOptions: { includeShadowTree: 'all', maxDomDepth: 1 },
  });
  const roots = (hosts.result.value as any[]).map((node) => node.value?.shadowRoot).filter((root) => root?.value?.mode === 'closed');
  const rects: Rect[] = [];
  for (const root of roots) {
    const { result } = await bidi(browser).send('script.callFunction', {
      functionDeclaration: '(root) => JSON.stringify([...root.querySelectorAll(".box:not(.hidden)")].map((box) => box.getBoundingClientRect()))',
      arguments: [{ sharedId: root.sharedId }], target, awaitPromise: false,
    });
    rects.push(...(JSON.parse(result.result.value) as Rect[]));
  }
  return rects;
}
