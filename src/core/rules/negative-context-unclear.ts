import { NATIONAL_PROFILES } from '../profiles/index';
import type { ControlRule } from './rule';
import { isFreeChoice, isNegative, withoutSale } from './predicates';

export const negativeContextUnclear: ControlRule = {
  id: 'negative-context-unclear',
  severity: 'review',
  profiles: NATIONAL_PROFILES,
  scope: 'control',
  legal: ['consent', 'customer', 'optOutNotConsent'],
  check: (c) => isFreeChoice(c) && isNegative(c) && (c.context === 'newsletter' || c.context === 'unknown' || (withoutSale(c) && c.checked)),
};
