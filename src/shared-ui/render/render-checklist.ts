import type { FormReport, RequirementStatus } from '../../core/types';
import { h } from '../h';
import { label } from '../label';
import { REQUIREMENT_ORDER } from '../requirement-order';
import type { Translate } from '../messages';
import { requirementEvidence } from './explain';

const SYMBOL: Record<RequirementStatus, string> = { met: '✓', 'not-met': '✕', unknown: '?', 'not-applicable': '–' };

/** The six soft opt-in conditions, each with its status and the quoted evidence from the form. */
export function renderChecklist(doc: Document, form: FormReport, t: Translate): HTMLElement {
  const items = REQUIREMENT_ORDER.map((id) => {
    const { status } = form.requirements[id];
    const evidence = requirementEvidence(form, id, t);
    return h(
      doc,
      'li',
      { class: `req req--${status}` },
      h(doc, 'span', { class: 'req-symbol', 'aria-hidden': 'true' }, SYMBOL[status]),
      h(doc, 'span', { class: 'req-name' }, t(`req_${id}`)),
      ': ',
      h(doc, 'strong', { class: 'req-status' }, label(t, 'status', status)),
      evidence ? h(doc, 'span', { class: 'evidence' }, evidence) : null,
    );
  });
  return h(doc, 'section', { class: 'checklist' }, h(doc, 'h3', {}, t('checklistHeading')), h(doc, 'ul', {}, ...items));
}
