import type { ControlRule } from './rule';
import { LEGAL, isFreeChoice, isNegative, withoutSale } from './predicates';

export const negativeContextUnclear: ControlRule = {
  id: 'negative-context-unclear',
  severity: 'review',
  profiles: ['nl'],
  scope: 'control',
  legal: [LEGAL.twConsent, LEGAL.twCustomer],
  check: (c) => isFreeChoice(c) && isNegative(c) && (c.context === 'newsletter' || c.context === 'unknown' || (withoutSale(c) && c.checked)),
};
