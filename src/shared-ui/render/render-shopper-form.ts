import type { ControlReport, FormReport } from '../../core/types';
import { h } from '../h';
import { plural } from '../intl-format';
import { VERDICT_STYLE } from '../verdict-style';
import type { BoxStates, Translate } from '../messages';
import { renderBox } from './render-box';
import { formHeading, legalCheck, marketingControls } from './render-form';

export interface ShopperView {
  boxes: BoxStates;
  /** Reviewer mode: the legal check starts open. */
  reviewer: boolean;
  lang: string;
  /** Keeps ids unique when a page has several forms. */
  index: number;
}

/** Worst first, in verdict-style's order: the box that breaks the rules is the one to see without scrolling. */
const WORST_FIRST = Object.keys(VERDICT_STYLE);
const worstFirst = (controls: ControlReport[]) => [...controls].sort((a, b) => WORST_FIRST.indexOf(a.verdict) - WORST_FIRST.indexOf(b.verdict));

function legalSummary(doc: Document, form: FormReport, t: Translate, lang: string): HTMLElement {
  const findings = form.findings.filter((finding) => finding.severity !== 'info').length;
  return h(doc, 'summary', {}, h(doc, 'span', { class: 'summary-title' }, t('legalCheck')), ' ', h(doc, 'span', { class: 'summary-count' }, plural(t, lang, 'legalCheckCount', findings)));
}

/** The popup's form: the marketing boxes to act on, the legal check one tap away (open for reviewers). */
export function renderShopperForm(doc: Document, form: FormReport, t: Translate, view: ShopperView): HTMLElement {
  const id = `form-${view.index}`;
  return h(
    doc,
    'section',
    { class: `form form--${form.verdict}`, 'aria-labelledby': id },
    formHeading(doc, form, t, id),
    h(doc, 'ul', { class: 'boxes', 'aria-label': t('controlsHeading') }, ...worstFirst(marketingControls(form)).map((control) => renderBox(doc, control, view.boxes[control.selector] ?? 'fixed', t))),
    h(doc, 'details', { class: 'legal-check', open: view.reviewer }, legalSummary(doc, form, t, view.lang), ...legalCheck(doc, form, t, view.lang, { legalOnly: true })),
  );
}
