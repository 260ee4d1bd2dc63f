import type { ControlRule } from './rule';
import { LEGAL, isOperable, marketingOnByDefault } from './predicates';

export const thirdPartySoftOptIn: ControlRule = {
  id: 'third-party-soft-opt-in',
  severity: 'violation',
  profiles: ['nl', 'eu-consent'],
  scope: 'control',
  title: {
    en: "Partner marketing switched on by default",
    nl: "Reclame van partners staat standaard aan",
  },
  explanation: {
    en: "The customer exception only covers the shop's own products. Offers from partners always need consent, and a pre-set choice is not consent.",
    nl: "De klantuitzondering geldt alleen voor eigen producten van de winkel. Aanbiedingen van partners vragen altijd toestemming, en een vooraf ingestelde keuze is geen toestemming.",
  },
  legal: [LEGAL.twCustomer, LEGAL.ePrivacyCustomer, LEGAL.recital32, LEGAL.planet49],
  check: (c) => isOperable(c) && c.thirdParty && marketingOnByDefault(c),
};
