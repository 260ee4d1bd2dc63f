// Pages that try to fool or stop the live auditor (issue 14): each is the checkout of shop-pages.ts,
// non-compliant (a pre-ticked partner box), with a script that runs before the form is parsed.
import { checkout, page } from './shop-pages.js';

const withScript = (script: string, html = checkout): string => html.replace('</head>', `<script>${script}</script></head>`);

const form = (label: string): string =>
  page('Afrekenen', `<form id="checkout" action="/order"><label>E-mailadres <input type="email" name="email" id="email" required></label>
<label>Naam <input name="name" id="name" required></label>
<label><input type="checkbox" name="partners" id="partners" checked> ${label}</label><button>Bestelling plaatsen</button></form>`);

/** 100 000 bare checkboxes (a generated filter grid, say) before the checkout form. */
export const manyBoxes = checkout.replace('<form id="checkout"', `<div id="grid">${'<input type="checkbox">'.repeat(100_000)}</div><form id="checkout"`);

/** The checkout form inside 10 000 nested elements, as markup (a browser's parser flattens past 512 levels; jsdom does not). */
export const deepMarkup = checkout.replace('<form id="checkout"', `${'<div>'.repeat(10_000)}<form id="checkout"`).replace('</form>', `</form>${'</div>'.repeat(10_000)}`);

export const hostilePages: Record<string, string> = {
  // The built-ins the engine reads say every box is unticked and every label empty.
  'prototype-override': withScript(`
for (const p of ['checked', 'defaultChecked']) Object.defineProperty(HTMLInputElement.prototype, p, { get() { return false; }, set() {}, configurable: true });
Object.defineProperty(Node.prototype, 'textContent', { get() { return ''; }, configurable: true });
Element.prototype.getAttribute = function () { return null; };`),
  // A global the auditor would call, answering "no marketing here" and ignoring writes.
  'fake-vinkje': withScript(`
const fake = { auditDocument: () => ({ verdict: 'no-marketing', forms: [], truncated: [] }), resolveSelector: () => null, selectorOf: () => 'html' };
Object.defineProperty(globalThis, 'vinkje', { get: () => fake, set() {}, configurable: false });`),
  // Queries and tree walks that never find an input.
  'query-tampering': withScript(`
for (const P of [Document.prototype, Element.prototype, DocumentFragment.prototype]) P.querySelectorAll = function () { return document.createDocumentFragment().childNodes; };
Document.prototype.createTreeWalker = function () { return { nextNode: () => null, currentNode: null }; };
Document.prototype.getElementsByTagName = Element.prototype.getElementsByTagName = function () { return document.createDocumentFragment().children; };`),
  // Built-ins every script leans on.
  'array-json-tampering': withScript(`
Array.prototype.filter = function () { return []; }; Array.prototype.some = function () { return false; };
Array.from = function () { return []; }; JSON.stringify = function () { return '{}'; }; JSON.parse = function () { return {}; };`),
  // A clean form only for automated browsers.
  'automation-detection': withScript(`
if (navigator.webdriver || /Headless/.test(navigator.userAgent)) document.addEventListener('DOMContentLoaded', () => document.getElementById('partners').closest('label').remove());`),
  'window-close': withScript('window.close();'),
  'endless-alert': withScript("setInterval(() => alert('Wacht!'), 5);"),
  // Never quiet: the form is rebuilt every 10 ms.
  're-render': withScript(`
document.addEventListener('DOMContentLoaded', () => { const f = document.getElementById('checkout'); const html = f.innerHTML; setInterval(() => { f.innerHTML = html; }, 10); });`),
  'many-boxes': manyBoxes,
  'deep-markup': deepMarkup,
  // A script nests the form 10 000 elements deep: a DOM no parser would build (Chromium's tab crashes on it).
  'deep-dom': withScript(`
document.addEventListener('DOMContentLoaded', () => { const form = document.getElementById('checkout'); let at = form.parentNode, before = form;
  for (let i = 0; i < 10000; i++) { const div = document.createElement('div'); at.insertBefore(div, before); at = div; before = null; } at.append(form); });`),
  // Forces a layout hundreds of times a frame, every frame, for ever (the page stays responsive).
  'layout-thrash': withScript(`
document.addEventListener('DOMContentLoaded', () => { const form = document.getElementById('checkout');
  const thrash = () => { for (let i = 0; i < 300; i++) { form.style.paddingTop = (i % 7) + 'px'; void form.offsetHeight; } requestAnimationFrame(thrash); }; thrash(); });`),
  // Breaks the page-world reader of a naive quiet probe (Symbol.for) and builds the form frame by frame
  // (requestAnimationFrame, no timers): the partner box arrives 2 s after the page looks loaded.
  'quiet-spoof': withScript(`
Symbol.for = () => Symbol('nothing here');
document.addEventListener('DOMContentLoaded', () => { const label = document.getElementById('partners').closest('label'); const form = label.parentNode; label.remove();
  const start = performance.now(); const note = form.appendChild(document.createElement('p'));
  const grow = () => { if (performance.now() - start > 2000) { note.remove(); form.insertBefore(label, form.querySelector('button')); return; }
    note.textContent = 'Laden… ' + Math.round(performance.now() - start); requestAnimationFrame(grow); }; grow(); });`),
  'huge-label': form(`${'Lorem ipsum dolor sit amet. '.repeat(37_500)} Ja, stuur mij per e-mail aanbiedingen van onze partners`),
  // A naive reader of the text sees neither "partners" nor "aanbiedingen".
  'rtl-zero-width': form('Ja, stuur mij per e-mail aan\u200bbie\u200cdin\u200dgen van onze \u202esrentrap\u202c'),
};

/** Pages that never give the main thread back: only the page time limit ends them. */
export const blockingPages: Record<string, string> = {
  'layout-thrash-blocking': withScript(`
document.addEventListener('DOMContentLoaded', () => { const form = document.getElementById('checkout'); for (let i = 0; ; i++) { form.style.paddingTop = (i % 7) + 'px'; void form.offsetHeight; } });`),
};
