import type { ControlRule } from './rule';
import { LEGAL, isOperable } from './predicates';

export const bundledConsent: ControlRule = {
  id: 'bundled-consent',
  severity: 'violation',
  profiles: ['nl', 'eu-consent'],
  scope: 'control',
  title: {
    en: "Marketing bundled with terms or the order",
    nl: "Reclame gekoppeld aan de voorwaarden of de bestelling",
  },
  explanation: {
    en: "Consent to marketing must be separate from accepting terms, privacy policy or the order; one box for both gives neither a free choice nor an objection.",
    nl: "Toestemming voor reclame moet los staan van het accepteren van voorwaarden, privacybeleid of de bestelling; één vakje voor beide geeft geen vrije keuze en geen bezwaar.",
  },
  legal: [LEGAL.gdprBundling, LEGAL.edpbConsent, LEGAL.twCustomer],
  check: (c) => isOperable(c) && c.bundled && c.context !== 'newsletter',
};
