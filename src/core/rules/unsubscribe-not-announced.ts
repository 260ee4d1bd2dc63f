import { NATIONAL_PROFILES } from '../profiles/index';
import { controlRule } from './rule';
import { isFreeChoice, marketingOnByDefault } from './predicates';

export const unsubscribeNotAnnounced = controlRule({
  id: 'unsubscribe-not-announced',
  severity: 'warning',
  profiles: NATIONAL_PROFILES,
  legal: ['everyMessage', 'ePrivacyCustomer'],
  check: (c) => isFreeChoice(c) && c.context === 'purchase' && marketingOnByDefault(c) && !c.thirdParty && !c.unsubscribeAnnounced,
});
