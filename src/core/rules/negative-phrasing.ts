import { NATIONAL_PROFILES } from '../profiles/index';
import type { ControlRule } from './rule';
import { isFreeChoice, isNegative } from './predicates';

export const negativePhrasing: ControlRule = {
  id: 'negative-phrasing',
  severity: 'warning',
  profiles: NATIONAL_PROFILES,
  scope: 'control',
  legal: ['customer', 'ePrivacyCustomer'],
  check: (c) => isFreeChoice(c) && isNegative(c) && c.context === 'purchase',
};
