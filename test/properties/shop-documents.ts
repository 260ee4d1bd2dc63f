// Random documents built from the fragments real shop forms are made of, with random and hostile
// label text: what the property tests feed the engine and every place its report is shown.
import fc from 'fast-check';
import { parsePage } from '../../src/cli/load-page';
import { auditDocument } from '../../src/core/index';
import type { ControlReport, Report } from '../../src/core/types';

export const RUNS = 500;

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const realLabel = fc.constantFrom(
  'Ja, ik wil de nieuwsbrief ontvangen', 'Ik wil geen reclame ontvangen', 'Graag ontvang ik aanbiedingen van partners',
  'Email me with news and offers', 'Tick here if you do not wish to receive offers', 'I accept the terms and conditions',
  'Ich möchte den Newsletter abonnieren', 'Je ne souhaite pas recevoir les offres de nos partenaires', 'Remember me',
  'Recibir ofertas de El Corte Inglés', 'Voglio ricevere la newsletter', 'Ship to a different address',
);
const hostileLabel = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 80 }),
  fc.constantFrom('<img src=x onerror=alert(1)> aanbiedingen', '\u202epartners\u202c nieuwsbrief', 'news\u200bletter p\u200dartners', '🎁🎉 offers 🎁', '"><script>alert(1)</script>'),
  fc.constantFrom('Ja, stuur mij aanbiedingen $1 $$ <b>$2</b>', '<svg onload=alert(1)> newsletter offers', '</q><a href="javascript:alert(1)">partners</a>'),
  fc.string({ maxLength: 20 }).map((seed) => `${seed} ${'geen niet '.repeat(300)} aanbiedingen`),
);
const label = fc.oneof({ weight: 3, arbitrary: realLabel }, { weight: 2, arbitrary: hostileLabel });

/** One control as shops write it; `id` keeps element ids unique within the page. */
const fragment = fc.tuple(fc.integer({ min: 0, max: 6 }), label, fc.boolean()).map(([kind, text, on]) => (id: number) => {
  const t = escape(text);
  const checked = on ? ' checked' : '';
  switch (kind) {
    case 0: return `<p><input type="checkbox" id="c${id}" name="c${id}"${checked}><label for="c${id}">${t}</label></p>`;
    case 1: return `<label><input type="checkbox" name="w${id}"${checked}> ${t}</label>`;
    case 2: return `<div><span role="switch" id="s${id}" aria-checked="${on}" tabindex="0"></span> <span>${t}</span></div>`;
    case 3: return `<fieldset><legend>${t}</legend><label><input type="radio" name="r${id}" value="1"${checked}> Ja</label><label><input type="radio" name="r${id}" value="0"${on ? '' : ' checked'}> Nee</label></fieldset>`;
    case 4: return `<label>${t} <select name="sel${id}"><option value="yes"${on ? ' selected' : ''}>Yes</option><option value="no"${on ? '' : ' selected'}>No</option></select></label>`;
    case 5: return `<input type="hidden" name="newsletter${id}" value="${on ? '1' : '0'}">`;
    default: return `<div class="host${id}"><template shadowrootmode="open"><label><input type="checkbox"${checked}> ${t}</label></template></div>`;
  }
});

/** A whole page: one to three forms or form-like blocks of one to five controls, some with a price and an order button. */
export const shopPage = fc.tuple(
  fc.array(fc.tuple(fc.constantFrom('form', 'section', 'div'), fc.array(fragment, { minLength: 1, maxLength: 5 }), fc.boolean()), { minLength: 1, maxLength: 3 }),
  fc.constantFrom('nl', 'en', 'de', 'fr', 'es', ''),
).map(([blocks, lang]) => {
  let id = 0;
  const body = blocks.map(([tag, parts, order]) => `<${tag}>${parts.map((part) => part(id++)).join('')}${order ? '<p>Totaal € 24,95</p><button type="submit">Bestelling plaatsen</button>' : '<button>Subscribe</button>'}</${tag}>`).join('');
  return `<!doctype html><html lang="${lang}"><head><title>Shop</title></head><body>${body}</body></html>`;
});

export const SCANNED_AT = new Date('2026-12-01T00:00:00Z');

/** The page parsed as the CLI parses a file, and the engine's report of it. */
export function auditPage(html: string): { doc: Document; report: Report } {
  const doc = parsePage(html, 'https://shop.example/checkout');
  // Stands in for the widget's own script: a script-driven switch toggles when clicked.
  for (const widget of doc.querySelectorAll('[role=switch]')) {
    widget.addEventListener('click', () => widget.setAttribute('aria-checked', String(widget.getAttribute('aria-checked') !== 'true')));
  }
  return { doc, report: auditDocument(doc, { scannedAt: SCANNED_AT }) };
}

export const controlsOf = (report: Report): ControlReport[] => report.forms.flatMap((form) => form.controls);

/** Markup that would run or fetch something, had page text become HTML. */
export const ACTIVE_MARKUP = 'script, img, svg, iframe, object, embed, a[href^="javascript"], [onerror], [onload], [onclick]';
