import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';

/** popup.html as a jsdom document, without running its script: the tests drive runPopup. */
export function popupDom(file = 'popup.html'): Document {
  const html = readFileSync(new URL(`../../extension/${file}`, import.meta.url), 'utf8');
  return new JSDOM(html, { url: 'chrome-extension://test/popup.html' }).window.document;
}
