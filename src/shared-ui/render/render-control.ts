import type { ControlReport, Finding } from '../../core/types';
import { controlCase } from '../control-case';
import { defaultState } from '../default-state';
import { h } from '../h';
import { label } from '../label';
import type { Translate } from '../messages';
import { renderFindings } from './render-findings';
import { showButton } from './show-button';
import { verdictChip } from './verdict-chip';

function facts(doc: Document, control: ControlReport, t: Translate): HTMLElement {
  const row = (term: string, value: string) => [h(doc, 'dt', {}, t(term)), h(doc, 'dd', {}, value)];
  return h(
    doc,
    'dl',
    { class: 'facts' },
    ...row('fieldDefault', defaultState(control, t)),
    ...(control.kind ? row('fieldKind', label(t, 'kind', control.kind)) : []),
    ...row('fieldSender', t(control.thirdParty ? 'sender_thirdParty' : 'sender_own')),
  );
}

/**
 * One marketing control: quoted label, facts, what leaving it means, findings, and "show on page".
 * `legalOnly` leaves out the sentence and the button: the popup's legal check, whose box card has both.
 */
export function renderControl(
  doc: Document,
  control: ControlReport,
  findings: Finding[],
  t: Translate,
  { interactive = false, legalOnly = false } = {},
): HTMLElement {
  return h(
    doc,
    'article',
    { class: `control control--${control.verdict}` },
    h(doc, 'p', { class: 'control-head' }, h(doc, 'q', { class: 'control-label' }, control.label), ' ', verdictChip(doc, control.verdict, t)),
    facts(doc, control, t),
    !legalOnly && h(doc, 'p', { class: 'means' }, label(t, 'means', controlCase(control))),
    renderFindings(doc, findings, t),
    interactive && !legalOnly && showButton(doc, control, t),
  );
}
