import type { ControlRule } from './rule';
import { LEGAL, isFreeChoice, marketingOnByDefault } from './predicates';

export const unsubscribeNotAnnounced: ControlRule = {
  id: 'unsubscribe-not-announced',
  severity: 'warning',
  profiles: ['nl'],
  scope: 'control',
  legal: [LEGAL.twEveryMessage, LEGAL.ePrivacyCustomer],
  check: (c) => isFreeChoice(c) && c.context === 'purchase' && marketingOnByDefault(c) && !c.thirdParty && !c.unsubscribeAnnounced,
};
