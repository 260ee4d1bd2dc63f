import { NATIONAL_PROFILES } from '../profiles/index';
import type { ControlRule } from './rule';
import { isFreeChoice, marketingOnByDefault } from './predicates';

export const unsubscribeNotAnnounced: ControlRule = {
  id: 'unsubscribe-not-announced',
  severity: 'warning',
  profiles: NATIONAL_PROFILES,
  scope: 'control',
  legal: ['everyMessage', 'ePrivacyCustomer'],
  check: (c) => isFreeChoice(c) && c.context === 'purchase' && marketingOnByDefault(c) && !c.thirdParty && !c.unsubscribeAnnounced,
};
