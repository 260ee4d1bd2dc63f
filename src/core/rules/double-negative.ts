import { PROFILES } from '../types';
import { controlRule } from './rule';

export const doubleNegative = controlRule({
  id: 'double-negative',
  severity: 'warning',
  profiles: PROFILES,
  legal: ['gdprConsent', 'customer'],
  check: (c) => c.wordingFindings.includes('double-negative'),
});
