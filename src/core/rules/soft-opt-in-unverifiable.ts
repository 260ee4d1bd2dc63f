import type { ControlRule } from './rule';
import { LEGAL, isFreeChoice } from './predicates';

export const softOptInUnverifiable: ControlRule = {
  id: 'soft-opt-in-unverifiable',
  severity: 'info',
  profiles: ['nl'],
  scope: 'control',
  title: {
    en: "Soft opt-in: some conditions cannot be seen on the form",
    nl: "Soft opt-in: sommige voorwaarden zijn niet op het formulier te zien",
  },
  explanation: {
    en: "A pre-ticked box at checkout can be a lawful soft opt-in. Whether the mails are only about related products of the shop itself, and whether every mail has an unsubscribe link, cannot be seen here.",
    nl: "Een vooraf aangevinkt vakje bij een bestelling kan een geldige soft opt-in zijn. Of de mails alleen over gerelateerde eigen producten gaan en of elke mail een afmeldlink heeft, is hier niet te zien.",
  },
  legal: [LEGAL.twCustomer, LEGAL.twEveryMessage, LEGAL.ePrivacyCustomer],
  check: (c) => isFreeChoice(c) && c.kind === 'soft-opt-in' && c.context === 'purchase' && !c.thirdParty,
};
