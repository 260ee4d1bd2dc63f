import { NATIONAL_PROFILES } from '../profiles/index';
import { controlRule } from './rule';
import { isFreeChoice, isNegative, withoutSale } from './predicates';

export const negativeContextUnclear = controlRule({
  id: 'negative-context-unclear',
  severity: 'review',
  profiles: NATIONAL_PROFILES,
  legal: ['consent', 'customer', 'optOutNotConsent'],
  check: (c) => isFreeChoice(c) && isNegative(c) && (c.context === 'newsletter' || c.context === 'unknown' || (withoutSale(c) && c.checked)),
});
