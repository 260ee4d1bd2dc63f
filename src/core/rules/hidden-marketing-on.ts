import type { ControlRule } from './rule';
import { LEGAL, marketingOnByDefault } from './predicates';

export const hiddenMarketingOn: ControlRule = {
  id: 'hidden-marketing-on',
  severity: 'violation',
  profiles: ['nl', 'eu-consent'],
  scope: 'control',
  title: {
    en: "Hidden marketing choice switched on",
    nl: "Verborgen reclamekeuze staat aan",
  },
  explanation: {
    en: "The form sends \"yes to marketing\" without showing a control, so there is no way to object at the moment the address is given.",
    nl: "Het formulier stuurt \"ja tegen reclame\" mee zonder een keuze te tonen, dus je kunt op het moment dat je je adres geeft geen bezwaar maken.",
  },
  legal: [LEGAL.twCustomer, LEGAL.ePrivacyCustomer, LEGAL.recital32],
  check: (c) => c.hidden && marketingOnByDefault(c),
};
