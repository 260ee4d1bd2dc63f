export const SHOP_VIEW = { width: 400, height: 600 };
export const shotPath = (browser: 'chromium' | 'firefox', lang: string, scheme: string) => `docs/img/popup-${browser}-${lang}-${scheme}.png`;

/**
 * Where the shopper's view puts things, measured in the popup page (passed to `page.evaluate` of
 * Playwright or Puppeteer): the action's bottom edge, the document's height (a popup taller than
 * 600 px would scroll as a whole) and whether the list scrolls inside itself.
 */
export function popupLayout(): { actionBottom: number; sentenceBottom: number; documentHeight: number } {
  const bottom = (id: string) => document.getElementById(id)!.getBoundingClientRect().bottom;
  return { actionBottom: bottom('untick'), sentenceBottom: bottom('sentence'), documentHeight: document.documentElement.scrollHeight };
}
