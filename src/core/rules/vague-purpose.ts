import type { ControlRule } from './rule';
import { LEGAL } from './predicates';

export const vaguePurpose: ControlRule = {
  id: 'vague-purpose',
  severity: 'warning',
  profiles: ['nl', 'eu-consent'],
  scope: 'control',
  title: {
    en: "Vague purpose",
    nl: "Vaag doel",
  },
  explanation: {
    en: "\"Stay up to date\" does not say that you will receive advertising. Consent and notice must be specific.",
    nl: "\"Blijf op de hoogte\" zegt niet dat je reclame gaat krijgen. Toestemming en kennisgeving moeten specifiek zijn.",
  },
  legal: [LEGAL.gdprConsent, LEGAL.acmNotice],
  check: (c) => c.wordingFindings.includes('vague-purpose'),
};
