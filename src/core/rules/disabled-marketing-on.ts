import type { ControlRule } from './rule';
import { LEGAL, marketingOnByDefault } from './predicates';

export const disabledMarketingOn: ControlRule = {
  id: 'disabled-marketing-on',
  severity: 'violation',
  profiles: ['nl', 'eu-consent'],
  scope: 'control',
  title: {
    en: "Locked marketing choice switched on",
    nl: "Vergrendelde reclamekeuze staat aan",
  },
  explanation: {
    en: "The box shows marketing on but cannot be changed, so there is no way to object. A disabled box is not even sent with the form: what the server records cannot be seen.",
    nl: "Het vakje toont reclame aan maar kan niet veranderd worden, dus bezwaar maken kan niet. Een uitgeschakeld vakje wordt niet eens meegestuurd: wat de server vastlegt, is niet te zien.",
  },
  legal: [LEGAL.twCustomer, LEGAL.ePrivacyCustomer],
  check: (c) => !c.hidden && c.disabled && marketingOnByDefault(c),
};
