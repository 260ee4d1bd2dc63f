import type { ControlRule } from './rule';
import { LEGAL, marketingOnByDefault, isOwnSignup } from './predicates';

export const hiddenMarketingOn: ControlRule = {
  id: 'hidden-marketing-on',
  severity: 'violation',
  profiles: ['nl', 'eu-consent'],
  scope: 'control',
  legal: [LEGAL.twCustomer, LEGAL.ePrivacyCustomer, LEGAL.recital32],
  check: (c) => c.hidden && marketingOnByDefault(c) && !isOwnSignup(c),
};
