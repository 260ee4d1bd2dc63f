import type { ControlRule } from './rule';
import { LEGAL, isOperable, isPositive } from './predicates';

export const contextUnclear: ControlRule = {
  id: 'context-unclear',
  severity: 'review',
  profiles: ['nl'],
  scope: 'control',
  title: {
    en: "Pre-ticked box, but is this a purchase?",
    nl: "Vooraf aangevinkt, maar is dit een aankoop?",
  },
  explanation: {
    en: "A pre-ticked box is only acceptable for customers at checkout, and this form does not show clearly that something is being bought. Check by hand.",
    nl: "Een vooraf aangevinkt vakje mag alleen voor klanten bij een bestelling, en dit formulier laat niet duidelijk zien dat er iets gekocht wordt. Controleer met de hand.",
  },
  legal: [LEGAL.twCustomer, LEGAL.acmPaying],
  check: (c) => isOperable(c) && c.context === 'unknown' && isPositive(c) && (c.checked || c.required),
};
