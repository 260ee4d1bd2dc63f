import type { FormRule } from './rule';
import { LEGAL, isOperable } from './predicates';

export const noticeWithoutObjection: FormRule = {
  id: 'notice-without-objection',
  severity: 'violation',
  profiles: ['nl', 'eu-consent'],
  scope: 'form',
  title: {
    en: 'Marketing announced, but no way to refuse',
    nl: 'Reclame aangekondigd, maar geen manier om te weigeren',
  },
  explanation: {
    en: 'The form says you will receive advertising but offers no box to refuse it before ordering. The customer exception requires a free, easy objection at that moment.',
    nl: 'Het formulier zegt dat je reclame gaat krijgen, maar biedt geen vakje om dat vóór het bestellen te weigeren. De klantuitzondering vereist op dat moment een kosteloze, eenvoudige mogelijkheid tot bezwaar.',
  },
  legal: [LEGAL.twCustomer, LEGAL.ePrivacyCustomer],
  check: (form) =>
    form.priorNotice !== null && form.context !== 'newsletter' && !form.controls.some((c) => c.marketing && isOperable(c)),
};
