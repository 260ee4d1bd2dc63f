// Pages that try to fool or stop the live auditor (issue 14): each is the checkout of shop-pages.ts,
// non-compliant (a pre-ticked partner box), with a script that runs before the form is parsed.
import { checkout, page } from './shop-pages.js';

const withScript = (script: string, html = checkout): string => html.replace('</head>', `<script>${script}</script></head>`);

const form = (label: string): string =>
  page('Afrekenen', `<form id="checkout" action="/order"><label>E-mailadres <input type="email" name="email" id="email" required></label>
<label>Naam <input name="name" id="name" required></label>
<label><input type="checkbox" name="partners" id="partners" checked> ${label}</label><button>Bestelling plaatsen</button></form>`);

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
  'huge-label': form(`${'Lorem ipsum dolor sit amet. '.repeat(37_500)} Ja, stuur mij per e-mail aanbiedingen van onze partners`),
  // A naive reader of the text sees neither "partners" nor "aanbiedingen".
  'rtl-zero-width': form('Ja, stuur mij per e-mail aan\u200bbie\u200cdin\u200dgen van onze \u202esrentrap\u202c'),
};
