// Property tests: random documents built from the fragments real shop forms are made of, with
// random and hostile label text. Whatever the page, the engine answers, answers the same way
// twice, names controls by selectors that find them, and its untick leaves no marketing on.
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../src/cli/load-page';
import { applyOff } from '../../src/content/apply-off';
import { auditDocument, resolveSelector } from '../../src/core/index';
import type { Report } from '../../src/core/types';
import { reportToHtml } from '../../src/shared-ui/render/report-to-html';
import { translator } from '../extension/translator';

const RUNS = 500;

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

const page = fc.tuple(
  fc.array(fc.tuple(fc.constantFrom('form', 'section', 'div'), fc.array(fragment, { minLength: 1, maxLength: 5 }), fc.boolean()), { minLength: 1, maxLength: 3 }),
  fc.constantFrom('nl', 'en', 'de', 'fr', 'es', ''),
).map(([blocks, lang]) => {
  let id = 0;
  const body = blocks.map(([tag, parts, order]) => `<${tag}>${parts.map((part) => part(id++)).join('')}${order ? '<p>Totaal € 24,95</p><button type="submit">Bestelling plaatsen</button>' : '<button>Subscribe</button>'}</${tag}>`).join('');
  return `<!doctype html><html lang="${lang}"><head><title>Shop</title></head><body>${body}</body></html>`;
});

const SCANNED_AT = new Date('2026-12-01T00:00:00Z');
const audit = (html: string): { doc: Document; report: Report } => {
  const doc = parsePage(html, 'https://shop.example/checkout');
  // Stands in for the widget's own script: a script-driven switch toggles when clicked.
  for (const widget of doc.querySelectorAll('[role=switch]')) {
    widget.addEventListener('click', () => widget.setAttribute('aria-checked', String(widget.getAttribute('aria-checked') !== 'true')));
  }
  return { doc, report: auditDocument(doc, { scannedAt: SCANNED_AT }) };
};
const controls = (report: Report) => report.forms.flatMap((form) => form.controls);

describe('the engine on random shop-like documents', () => {
  // One property per document keeps 500 documents within budget: each is parsed once and audited three times.
  it(`answers the same way twice, names controls by selectors that find them, and its untick leaves no marketing on (${RUNS} documents)`, () => {
    fc.assert(fc.property(page, (html) => {
      const { doc, report } = audit(html);
      expect(JSON.stringify(report)).toBe(JSON.stringify(auditDocument(doc, { scannedAt: SCANNED_AT })));
      for (const control of controls(report)) {
        const target = resolveSelector(doc, control.selector);
        expect(target, control.selector).not.toBeNull();
        const offTarget = control.off && resolveSelector(doc, control.off.selector);
        if (control.off && offTarget && !control.disabled) applyOff(offTarget, control.off);
      }
      const stillOn = controls(auditDocument(doc, { scannedAt: SCANNED_AT })).filter((c) => c.marketing && c.marketingOnByDefault && !c.disabled);
      expect(stillOn.map((c) => `${c.selector} “${c.label}”`)).toEqual([]);
    }), { numRuns: RUNS });
  }, 120_000);

  it('never lets label text become markup in the HTML report', () => {
    const host = new JSDOM('').window.document;
    fc.assert(fc.property(page, (html) => {
      const exported = new JSDOM(reportToHtml(host, audit(html).report, translator('en'), 'en', '')).window.document;
      expect(exported.querySelectorAll('script, img, iframe, [onerror], [onclick]').length).toBe(0);
    }), { numRuns: RUNS / 5 });
  }, 60_000);
});
