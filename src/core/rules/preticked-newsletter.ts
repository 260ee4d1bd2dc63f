import type { ControlRule } from './rule';
import { LEGAL, isFreeChoice } from './predicates';

export const pretickedNewsletter: ControlRule = {
  id: 'preticked-newsletter',
  severity: 'warning',
  profiles: ['nl'],
  scope: 'control',
  title: {
    en: "Pre-ticked box on a newsletter sign-up",
    nl: "Vooraf aangevinkt vakje bij een nieuwsbriefaanmelding",
  },
  explanation: {
    en: "Signing up for the newsletter is itself the consent, so the pre-ticked box adds nothing, but it should not cover more than the newsletter.",
    nl: "Je aanmelden voor de nieuwsbrief is zelf de toestemming; het aangevinkte vakje voegt niets toe, maar mag niet meer dekken dan de nieuwsbrief.",
  },
  legal: [LEGAL.gdprConsent],
  check: (c) => isFreeChoice(c) && c.kind === 'soft-opt-in' && c.context === 'newsletter' && !c.thirdParty,
};
