import type { ControlRule } from './rule';
import { LEGAL, isFreeChoice, marketingOnByDefault } from './predicates';

export const thirdPartyOptIn: ControlRule = {
  id: 'third-party-opt-in',
  severity: 'review',
  profiles: ['nl', 'eu-consent'],
  scope: 'control',
  legal: [LEGAL.twConsent, LEGAL.daisycon],
  check: (c) => isFreeChoice(c) && c.thirdParty && !marketingOnByDefault(c),
};
