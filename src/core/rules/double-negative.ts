import { PROFILES } from '../types';
import type { ControlRule } from './rule';

export const doubleNegative: ControlRule = {
  id: 'double-negative',
  severity: 'warning',
  profiles: PROFILES,
  scope: 'control',
  legal: ['gdprConsent', 'customer'],
  check: (c) => c.wordingFindings.includes('double-negative'),
};
