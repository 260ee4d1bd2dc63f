import { NATIONAL_PROFILES } from '../profiles/index';
import type { ControlRule } from './rule';
import { isFreeChoice } from './predicates';

export const softOptInUnverifiable: ControlRule = {
  id: 'soft-opt-in-unverifiable',
  severity: 'info',
  profiles: NATIONAL_PROFILES,
  scope: 'control',
  legal: ['customer', 'everyMessage', 'ePrivacyCustomer'],
  check: (c) => isFreeChoice(c) && c.kind === 'soft-opt-in' && c.context === 'purchase' && !c.thirdParty,
};
