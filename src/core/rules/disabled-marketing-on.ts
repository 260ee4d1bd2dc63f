import { PROFILES } from '../types';
import type { ControlRule } from './rule';
import { marketingOnByDefault, isOwnSignup } from './predicates';

export const disabledMarketingOn: ControlRule = {
  id: 'disabled-marketing-on',
  severity: 'violation',
  profiles: PROFILES,
  scope: 'control',
  legal: ['customer', 'ePrivacyCustomer'],
  check: (c) => !c.hidden && c.disabled && marketingOnByDefault(c) && !isOwnSignup(c),
};
