// Property tests: whatever the page, the engine answers, answers the same way twice, names
// controls by selectors that find them, and its untick leaves no marketing on.
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { applyOff } from '../../src/content/apply-off';
import { auditDocument, resolveSelector } from '../../src/core/index';
import { reportToHtml } from '../../src/shared-ui/render/report-to-html';
import { translator } from '../extension/translator';
import { ACTIVE_MARKUP, auditPage, controlsOf, RUNS, SCANNED_AT, shopPage } from './shop-documents';

describe('the engine on random shop-like documents', () => {
  // One property per document keeps 500 documents within budget: each is parsed once and audited three times.
  it(`answers the same way twice, names controls by selectors that find them, and its untick leaves no marketing on (${RUNS} documents)`, () => {
    fc.assert(fc.property(shopPage, (html) => {
      const { doc, report } = auditPage(html);
      expect(JSON.stringify(report)).toBe(JSON.stringify(auditDocument(doc, { scannedAt: SCANNED_AT })));
      for (const control of controlsOf(report)) {
        const target = resolveSelector(doc, control.selector);
        expect(target, control.selector).not.toBeNull();
        const offTarget = control.off && resolveSelector(doc, control.off.selector);
        if (control.off && offTarget && !control.disabled) applyOff(offTarget, control.off);
      }
      const stillOn = controlsOf(auditDocument(doc, { scannedAt: SCANNED_AT })).filter((c) => c.marketing && c.marketingOnByDefault && !c.disabled);
      expect(stillOn.map((c) => `${c.selector} “${c.label}”`)).toEqual([]);
    }), { numRuns: RUNS });
  }, 120_000);

  it('never lets label text become markup in the HTML report', () => {
    const host = new JSDOM('').window.document;
    fc.assert(fc.property(shopPage, (html) => {
      const exported = new JSDOM(reportToHtml(host, auditPage(html).report, translator('en'), 'en', '')).window.document;
      expect(exported.querySelectorAll(ACTIVE_MARKUP).length).toBe(0);
    }), { numRuns: RUNS / 5 });
  }, 60_000);
});
