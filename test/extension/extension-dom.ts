import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';

/** An extension page as a jsdom document, without running its script: the tests drive it. */
export function extensionDom(file = 'popup.html'): Document {
  const html = readFileSync(new URL(`../../extension/${file}`, import.meta.url), 'utf8');
  return new JSDOM(html, { url: `chrome-extension://test/${file}` }).window.document;
}
