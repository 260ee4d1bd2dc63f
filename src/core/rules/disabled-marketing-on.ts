import type { ControlRule } from './rule';
import { LEGAL, marketingOnByDefault, isOwnSignup } from './predicates';

export const disabledMarketingOn: ControlRule = {
  id: 'disabled-marketing-on',
  severity: 'violation',
  profiles: ['nl', 'eu-consent'],
  scope: 'control',
  legal: [LEGAL.twCustomer, LEGAL.ePrivacyCustomer],
  check: (c) => !c.hidden && c.disabled && marketingOnByDefault(c) && !isOwnSignup(c),
};
