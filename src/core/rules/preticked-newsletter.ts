import type { ControlRule } from './rule';
import { LEGAL, isFreeChoice } from './predicates';

export const pretickedNewsletter: ControlRule = {
  id: 'preticked-newsletter',
  severity: 'warning',
  profiles: ['nl'],
  scope: 'control',
  legal: [LEGAL.gdprConsent],
  check: (c) => isFreeChoice(c) && c.kind === 'soft-opt-in' && c.context === 'newsletter' && !c.thirdParty,
};
