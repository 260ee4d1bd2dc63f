import type { ControlRule } from './rule';
import { LEGAL, isFreeChoice, marketingOnByDefault } from './predicates';

export const thirdPartyOptIn: ControlRule = {
  id: 'third-party-opt-in',
  severity: 'review',
  profiles: ['nl', 'eu-consent'],
  scope: 'control',
  title: {
    en: "Consent for partner marketing",
    nl: "Toestemming voor reclame van partners",
  },
  explanation: {
    en: "Asking consent for partner offers is allowed only if the partners are named and the box is separate from the shop's own mail. Check the partner list by hand.",
    nl: "Toestemming vragen voor aanbiedingen van partners mag alleen als de partners genoemd worden en het vakje los staat van de eigen mail van de winkel. Controleer de partnerlijst met de hand.",
  },
  legal: [LEGAL.twConsent, LEGAL.daisycon],
  check: (c) => isFreeChoice(c) && c.thirdParty && !marketingOnByDefault(c),
};
