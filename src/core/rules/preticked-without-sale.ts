import type { ControlRule } from './rule';
import { LEGAL, isFreeChoice, withoutSale } from './predicates';

export const pretickedWithoutSale: ControlRule = {
  id: 'preticked-without-sale',
  severity: 'violation',
  profiles: ['nl'],
  scope: 'control',
  title: {
    en: "Pre-ticked marketing box without a purchase",
    nl: "Vooraf aangevinkt reclamevakje zonder aankoop",
  },
  explanation: {
    en: "There is no sale on this form, so no customer and no soft opt-in: only consent counts, and a pre-ticked box is not consent.",
    nl: "Op dit formulier wordt niets gekocht, dus er is geen klant en geen soft opt-in: alleen toestemming telt, en een vooraf aangevinkt vakje is geen toestemming.",
  },
  legal: [LEGAL.twConsent, LEGAL.recital32, LEGAL.planet49, LEGAL.acmPaying],
  check: (c) => isFreeChoice(c) && c.kind === 'soft-opt-in' && withoutSale(c),
};
