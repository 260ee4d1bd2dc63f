import { NATIONAL_PROFILES } from '../profiles/index';
import { controlRule } from './rule';
import { isFreeChoice, isNegative } from './predicates';

export const negativePhrasing = controlRule({
  id: 'negative-phrasing',
  severity: 'warning',
  profiles: NATIONAL_PROFILES,
  legal: ['customer', 'ePrivacyCustomer'],
  check: (c) => isFreeChoice(c) && isNegative(c) && c.context === 'purchase',
});
