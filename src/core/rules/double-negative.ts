import type { ControlRule } from './rule';
import { LEGAL } from './predicates';

export const doubleNegative: ControlRule = {
  id: 'double-negative',
  severity: 'warning',
  profiles: ['nl', 'eu-consent'],
  scope: 'control',
  legal: [LEGAL.gdprConsent, LEGAL.twCustomer],
  check: (c) => c.wordingFindings.includes('double-negative'),
};
