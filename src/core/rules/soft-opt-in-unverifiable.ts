import { NATIONAL_PROFILES } from '../profiles/index';
import { controlRule } from './rule';
import { isFreeChoice } from './predicates';

export const softOptInUnverifiable = controlRule({
  id: 'soft-opt-in-unverifiable',
  severity: 'info',
  profiles: NATIONAL_PROFILES,
  legal: ['customer', 'everyMessage', 'ePrivacyCustomer'],
  check: (c) => isFreeChoice(c) && c.kind === 'soft-opt-in' && c.context === 'purchase' && !c.thirdParty,
});
