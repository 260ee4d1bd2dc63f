import { PROFILES } from '../types';
import { controlRule } from './rule';
import { isOperable, marketingOnByDefault } from './predicates';

export const thirdPartySoftOptIn = controlRule({
  id: 'third-party-soft-opt-in',
  severity: 'violation',
  profiles: PROFILES,
  legal: ['customer', 'ePrivacyCustomer', 'recital32', 'planet49'],
  check: (c) => isOperable(c) && c.thirdParty && marketingOnByDefault(c),
});
