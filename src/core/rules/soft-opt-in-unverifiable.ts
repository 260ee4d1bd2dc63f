import type { ControlRule } from './rule';
import { LEGAL, isFreeChoice } from './predicates';

export const softOptInUnverifiable: ControlRule = {
  id: 'soft-opt-in-unverifiable',
  severity: 'info',
  profiles: ['nl'],
  scope: 'control',
  legal: [LEGAL.twCustomer, LEGAL.twEveryMessage, LEGAL.ePrivacyCustomer],
  check: (c) => isFreeChoice(c) && c.kind === 'soft-opt-in' && c.context === 'purchase' && !c.thirdParty,
};
