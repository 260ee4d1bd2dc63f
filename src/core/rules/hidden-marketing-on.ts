import { PROFILES } from '../types';
import { controlRule } from './rule';
import { marketingOnByDefault, isOwnSignup } from './predicates';

export const hiddenMarketingOn = controlRule({
  id: 'hidden-marketing-on',
  severity: 'violation',
  profiles: PROFILES,
  legal: ['customer', 'ePrivacyCustomer', 'recital32'],
  check: (c) => c.hidden && marketingOnByDefault(c) && !isOwnSignup(c),
});
