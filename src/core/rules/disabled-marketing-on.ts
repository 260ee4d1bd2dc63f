import { PROFILES } from '../types';
import { controlRule } from './rule';
import { marketingOnByDefault, isOwnSignup } from './predicates';

export const disabledMarketingOn = controlRule({
  id: 'disabled-marketing-on',
  severity: 'violation',
  profiles: PROFILES,
  legal: ['customer', 'ePrivacyCustomer'],
  check: (c) => !c.hidden && c.disabled && marketingOnByDefault(c) && !isOwnSignup(c),
});
