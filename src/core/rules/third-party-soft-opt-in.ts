import { PROFILES } from '../types';
import type { ControlRule } from './rule';
import { isOperable, marketingOnByDefault } from './predicates';

export const thirdPartySoftOptIn: ControlRule = {
  id: 'third-party-soft-opt-in',
  severity: 'violation',
  profiles: PROFILES,
  scope: 'control',
  legal: ['customer', 'ePrivacyCustomer', 'recital32', 'planet49'],
  check: (c) => isOperable(c) && c.thirdParty && marketingOnByDefault(c),
};
