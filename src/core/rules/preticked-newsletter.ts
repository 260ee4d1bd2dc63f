import { NATIONAL_PROFILES } from '../profiles/index';
import { controlRule } from './rule';
import { isFreeChoice } from './predicates';

export const pretickedNewsletter = controlRule({
  id: 'preticked-newsletter',
  severity: 'warning',
  profiles: NATIONAL_PROFILES,
  legal: ['gdprConsent'],
  check: (c) => isFreeChoice(c) && c.kind === 'soft-opt-in' && c.context === 'newsletter' && !c.thirdParty,
});
