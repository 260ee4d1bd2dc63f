import type { ControlRule } from './rule';
import { LEGAL, isOperable, marketingOnByDefault } from './predicates';

export const thirdPartySoftOptIn: ControlRule = {
  id: 'third-party-soft-opt-in',
  severity: 'violation',
  profiles: ['nl', 'eu-consent'],
  scope: 'control',
  legal: [LEGAL.twCustomer, LEGAL.ePrivacyCustomer, LEGAL.recital32, LEGAL.planet49],
  check: (c) => isOperable(c) && c.thirdParty && marketingOnByDefault(c),
};
