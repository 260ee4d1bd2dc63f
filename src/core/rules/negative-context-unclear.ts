import type { ControlRule } from './rule';
import { LEGAL, isFreeChoice, isNegative, withoutSale } from './predicates';

export const negativeContextUnclear: ControlRule = {
  id: 'negative-context-unclear',
  severity: 'review',
  profiles: ['nl'],
  scope: 'control',
  title: {
    en: "\"No marketing\" box outside a clear sale",
    nl: "\"Geen reclame\"-vakje buiten een duidelijke aankoop",
  },
  explanation: {
    en: "Outside a checkout a \"no thanks\" box cannot create consent; whether marketing is lawful here depends on what the form is for. Check by hand.",
    nl: "Buiten een bestelling kan een \"nee bedankt\"-vakje geen toestemming opleveren; of reclame hier mag, hangt af van waar het formulier voor is. Controleer met de hand.",
  },
  legal: [LEGAL.twConsent, LEGAL.twCustomer],
  check: (c) => isFreeChoice(c) && isNegative(c) && (c.context === 'newsletter' || c.context === 'unknown' || (withoutSale(c) && c.checked)),
};
