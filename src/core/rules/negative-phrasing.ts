import type { ControlRule } from './rule';
import { LEGAL, isFreeChoice, isNegative } from './predicates';

export const negativePhrasing: ControlRule = {
  id: 'negative-phrasing',
  severity: 'warning',
  profiles: ['nl'],
  scope: 'control',
  legal: [LEGAL.twCustomer, LEGAL.ePrivacyCustomer],
  check: (c) => isFreeChoice(c) && isNegative(c) && c.context === 'purchase',
};
