import type { ControlRule } from './rule';
import { LEGAL, isOperable } from './predicates';

export const bundledNewsletterSignup: ControlRule = {
  id: 'bundled-newsletter-signup',
  severity: 'review',
  profiles: ['nl'],
  scope: 'control',
  title: {
    en: "Newsletter sign-up bundled with terms",
    nl: "Nieuwsbriefaanmelding gekoppeld aan voorwaarden",
  },
  explanation: {
    en: "On a sign-up form the newsletter is the point, but accepting other terms in the same box should be separate. Check by hand.",
    nl: "Op een aanmeldformulier is de nieuwsbrief het doel, maar andere voorwaarden in hetzelfde vakje horen los te staan. Controleer met de hand.",
  },
  legal: [LEGAL.gdprBundling],
  check: (c) => isOperable(c) && c.bundled && c.context === 'newsletter',
};
