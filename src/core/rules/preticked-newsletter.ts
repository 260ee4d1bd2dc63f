import { NATIONAL_PROFILES } from '../profiles/index';
import type { ControlRule } from './rule';
import { isFreeChoice } from './predicates';

export const pretickedNewsletter: ControlRule = {
  id: 'preticked-newsletter',
  severity: 'warning',
  profiles: NATIONAL_PROFILES,
  scope: 'control',
  legal: ['gdprConsent'],
  check: (c) => isFreeChoice(c) && c.kind === 'soft-opt-in' && c.context === 'newsletter' && !c.thirdParty,
};
