import type { ControlRule } from './rule';
import { LEGAL, isFreeChoice, isNegative } from './predicates';

export const negativePhrasing: ControlRule = {
  id: 'negative-phrasing',
  severity: 'warning',
  profiles: ['nl'],
  scope: 'control',
  title: {
    en: "Objection hidden in negative wording",
    nl: "Bezwaar verstopt in een ontkenning",
  },
  explanation: {
    en: "At checkout, a box to tick when you do not want advertising is a lawful way to object, but easy to misread.",
    nl: "Bij een bestelling is een vakje om aan te vinken als je geen reclame wilt een geldige manier van bezwaar, maar het is makkelijk verkeerd te lezen.",
  },
  legal: [LEGAL.twCustomer, LEGAL.ePrivacyCustomer],
  check: (c) => isFreeChoice(c) && isNegative(c) && c.context === 'purchase',
};
