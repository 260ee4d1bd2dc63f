import { PROFILES } from '../types';
import type { ControlRule } from './rule';
import { marketingOnByDefault, isOwnSignup } from './predicates';

export const hiddenMarketingOn: ControlRule = {
  id: 'hidden-marketing-on',
  severity: 'violation',
  profiles: PROFILES,
  scope: 'control',
  legal: ['customer', 'ePrivacyCustomer', 'recital32'],
  check: (c) => c.hidden && marketingOnByDefault(c) && !isOwnSignup(c),
};
