import type { FormReport } from '../../core/types';
import { h } from '../h';
import { label } from '../label';
import type { Translate } from '../messages';
import { renderChecklist } from './render-checklist';
import { renderControl } from './render-control';
import { renderFindings } from './render-findings';
import { verdictChip } from './verdict-chip';

function otherControls(doc: Document, form: FormReport, t: Translate): HTMLElement | null {
  const others = form.controls.filter((control) => !control.marketing);
  if (others.length === 0) return null;
  return h(
    doc,
    'details',
    { class: 'others' },
    h(doc, 'summary', {}, t('otherControls', [String(others.length)])),
    h(doc, 'ul', {}, ...others.map((control) => h(doc, 'li', {}, h(doc, 'q', {}, control.label)))),
  );
}

/** One form: context and verdict, the checklist, each marketing control, then the rest. */
export function renderForm(doc: Document, form: FormReport, t: Translate, interactive: boolean): HTMLElement {
  const marketing = form.controls.filter((control) => control.marketing);
  const shown = new Set(marketing.map((control) => control.selector));
  const formLevel = form.findings.filter((finding) => !finding.control || !shown.has(finding.control));
  return h(
    doc,
    'section',
    { class: `form form--${form.verdict}` },
    h(doc, 'h2', {}, t('formHeading', [label(t, 'context', form.context)]), ' ', verdictChip(doc, form.verdict, t)),
    renderFindings(doc, formLevel, t),
    renderChecklist(doc, form, t),
    marketing.length > 0 && h(doc, 'h3', {}, t('controlsHeading')),
    ...marketing.map((control) =>
      renderControl(doc, control, form.findings.filter((finding) => finding.control === control.selector), t, interactive),
    ),
    otherControls(doc, form, t),
  );
}
