import type { ControlRule } from './rule';
import { LEGAL, isFreeChoice, marketingOnByDefault } from './predicates';

export const unsubscribeNotAnnounced: ControlRule = {
  id: 'unsubscribe-not-announced',
  severity: 'warning',
  profiles: ['nl'],
  scope: 'control',
  title: {
    en: "Unsubscribing is not announced",
    nl: "Afmelden wordt niet aangekondigd",
  },
  explanation: {
    en: "Every marketing mail must offer a free way to unsubscribe. The form does not say so; the mails themselves cannot be checked here.",
    nl: "Elke reclamemail moet een kosteloze afmeldmogelijkheid bieden. Het formulier zegt dat niet; de mails zelf zijn hier niet te controleren.",
  },
  legal: [LEGAL.twEveryMessage, LEGAL.ePrivacyCustomer],
  check: (c) => isFreeChoice(c) && c.context === 'purchase' && marketingOnByDefault(c) && !c.thirdParty && !c.unsubscribeAnnounced,
};
