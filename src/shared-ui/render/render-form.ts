import type { FormReport } from '../../core/types';
import { h } from '../h';
import { plural } from '../intl-format';
import { label } from '../label';
import type { Translate } from '../messages';
import { renderChecklist } from './render-checklist';
import { renderControl } from './render-control';
import { renderFindings } from './render-findings';
import { verdictChip } from './verdict-chip';

export const marketingControls = (form: FormReport) => form.controls.filter((control) => control.marketing);

function otherControls(doc: Document, form: FormReport, t: Translate, lang: string): HTMLElement | null {
  const others = form.controls.filter((control) => !control.marketing);
  if (others.length === 0) return null;
  return h(
    doc,
    'details',
    { class: 'others' },
    h(doc, 'summary', {}, plural(t, lang, 'otherControls', others.length)),
    h(doc, 'ul', {}, ...others.map((control) => h(doc, 'li', {}, h(doc, 'q', {}, control.label)))),
  );
}

export function formHeading(doc: Document, form: FormReport, t: Translate, id?: string): HTMLElement {
  return h(doc, 'h2', { id }, t('formHeading', [label(t, 'context', form.context)]), ' ', verdictChip(doc, form.verdict, t));
}

/**
 * The form's legal check: findings about the form, the six conditions, each marketing control's
 * facts and findings, then the other boxes. `legalOnly` is the popup's version, under the box cards.
 */
export function legalCheck(doc: Document, form: FormReport, t: Translate, lang: string, { interactive = false, legalOnly = false } = {}): HTMLElement[] {
  const marketing = marketingControls(form);
  const shown = new Set(marketing.map((control) => control.selector));
  const formLevel = form.findings.filter((finding) => !finding.control || !shown.has(finding.control));
  const parts = [
    renderFindings(doc, formLevel, t),
    renderChecklist(doc, form, t),
    marketing.length > 0 && h(doc, 'h3', {}, t('controlsHeading')),
    ...marketing.map((control) =>
      renderControl(doc, control, form.findings.filter((finding) => finding.control === control.selector), t, { interactive, legalOnly }),
    ),
    otherControls(doc, form, t, lang),
  ];
  return parts.filter((part): part is HTMLElement => Boolean(part));
}

/** One form: context and verdict, the checklist, each marketing control, then the rest. */
export function renderForm(doc: Document, form: FormReport, t: Translate, lang: string, interactive: boolean): HTMLElement {
  return h(doc, 'section', { class: `form form--${form.verdict}` }, formHeading(doc, form, t), ...legalCheck(doc, form, t, lang, { interactive }));
}
