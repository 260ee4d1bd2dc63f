// Property tests of what the shopper sees: random shop pages with hostile label text, audited by
// the engine, drawn by the popup's own render functions and by the page overlay. Page text must
// arrive as text, exactly as quoted, and never as markup.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createHighlightLayer } from '../../src/content/highlight-layer';
import { resolveSelector } from '../../src/core/index';
import type { Report } from '../../src/core/types';
import { byId, type View } from '../../src/popup/popup-view';
import { show } from '../../src/popup/render-popup';
import type { PopupApi } from '../../src/popup/popup-api';
import type { BoxStates } from '../../src/shared-ui/messages';
import { extensionDom } from '../extension/extension-dom';
import { translator } from '../extension/translator';
import { ACTIVE_MARKUP, auditPage, controlsOf, RUNS, shopPage } from './shop-documents';

// Each page is parsed, audited and drawn: 50 of each keep the property tier near its 30 s budget.
const UI_RUNS = RUNS / 10;
const NL_MESSAGES = JSON.parse(readFileSync('extension/_locales/nl/messages.json', 'utf8')) as Record<string, { message: string }>;
/** The overlay's tooltips: one plain sentence per case, from the locale, never page text. */
const TIPS = Object.entries(NL_MESSAGES).filter(([key]) => key.startsWith('tip_')).map(([, { message }]) => message);
const t = { en: translator('en'), nl: translator('nl') };

/** Every marketing box as the content script would report it: on when ticked, else off. */
const boxesOf = (report: Report): BoxStates =>
  Object.fromEntries(controlsOf(report).filter((c) => c.marketing).map((c) => [c.selector, c.marketingOnByDefault ? 'on' : 'off']));

describe('the popup on random shop pages', () => {
  const doc = extensionDom();
  const exportGroup = byId(doc, 'export');

  it(`quotes every marketing box's label as text, exactly, and renders no page text as markup (${UI_RUNS} pages)`, () => {
    fc.assert(fc.property(shopPage, fc.constantFrom('en' as const, 'nl' as const), fc.boolean(), (html, lang, reviewer) => {
      const { doc: page, report } = auditPage(html);
      const view: View = { doc, api: {} as PopupApi, t: t[lang], lang, reviewer, last: null, exportGroup, state: { host: 'shop.example', ignored: false, report, boxes: boxesOf(report) } };
      show(view);
      for (const part of ['answer', 'content', 'actions']) expect(byId(doc, part).querySelectorAll(ACTIVE_MARKUP).length).toBe(0);
      const shown = report.forms.filter((form) => form.verdict !== 'no-marketing').flatMap((form) => form.controls.filter((c) => c.marketing));
      const quotes = [...doc.querySelectorAll('q.control-label')];
      expect(quotes.filter((q) => q.children.length > 0)).toEqual([]);
      const quoted = quotes.map((q) => q.textContent);
      for (const text of quoted) expect(controlsOf(report).map((c) => c.label)).toContain(text);
      for (const control of shown) expect(quoted).toContain(control.label);
      for (const button of doc.querySelectorAll<HTMLElement>('[data-switch]')) expect(resolveSelector(page, button.dataset.switch!)).not.toBeNull();
    }), { numRuns: UI_RUNS });
  }, 60_000);
});

describe('the page overlay on random shop pages', () => {
  it(`draws only its own boxes, markers and translated tips, and leaves the page's markup as it was (${UI_RUNS} pages)`, () => {
    fc.assert(fc.property(shopPage, (html) => {
      const { doc, report } = auditPage(html);
      const before = doc.body.outerHTML;
      const highlights = controlsOf(report).filter((c) => c.marketing).flatMap((control) => {
        const element = resolveSelector(doc, control.selector);
        return element ? [{ control, element }] : [];
      });
      const window = doc.defaultView!;
      const attach = window.HTMLElement.prototype.attachShadow;
      let shadow: ShadowRoot | undefined;
      window.HTMLElement.prototype.attachShadow = function (init) {
        shadow = attach.call(this, init);
        return shadow;
      };
      createHighlightLayer(doc, t.nl).show(highlights);
      window.HTMLElement.prototype.attachShadow = attach;
      expect(doc.body.outerHTML).toBe(before);
      const drawn = [...shadow!.querySelectorAll('*')].filter((element) => element.localName !== 'style');
      expect(drawn.every((element) => element.localName === 'div' && /^(box|marker|tip)\b/.test(element.className))).toBe(true);
      expect(shadow!.querySelectorAll('.marker')).toHaveLength(highlights.length);
      for (const tip of shadow!.querySelectorAll('.tip')) expect(TIPS).toContain(tip.textContent);
    }), { numRuns: UI_RUNS });
  }, 60_000);
});
