import type { FormRule } from './rule';
import { LEGAL, isOperable } from './predicates';

export const noticeWithoutObjection: FormRule = {
  id: 'notice-without-objection',
  severity: 'violation',
  profiles: ['nl', 'eu-consent'],
  scope: 'form',
  legal: [LEGAL.twCustomer, LEGAL.ePrivacyCustomer],
  check: (form) =>
    form.priorNotice !== null && form.context !== 'newsletter' && !form.controls.some((c) => c.marketing && isOperable(c)),
};
