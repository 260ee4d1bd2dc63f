import type { ControlRule } from './rule';
import { LEGAL, isFreeChoice, isNegative, withoutSale } from './predicates';

export const negativeWithoutSale: ControlRule = {
  id: 'negative-without-sale',
  severity: 'violation',
  profiles: ['nl'],
  scope: 'control',
  title: {
    en: "\"No marketing\" box left empty without a purchase",
    nl: "\"Geen reclame\"-vakje leeg gelaten zonder aankoop",
  },
  explanation: {
    en: "Leaving a \"no thanks\" box empty is silence, not consent, and without a sale there is no customer exception to fall back on.",
    nl: "Een leeg \"nee bedankt\"-vakje is stilzwijgen, geen toestemming, en zonder aankoop is er geen klantuitzondering om op terug te vallen.",
  },
  legal: [LEGAL.twConsent, LEGAL.recital32, LEGAL.planet49],
  check: (c) => isFreeChoice(c) && isNegative(c) && !c.checked && withoutSale(c),
};
