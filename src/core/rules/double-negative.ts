import type { ControlRule } from './rule';
import { LEGAL } from './predicates';

export const doubleNegative: ControlRule = {
  id: 'double-negative',
  severity: 'warning',
  profiles: ['nl', 'eu-consent'],
  scope: 'control',
  title: {
    en: "Unclear what a tick means",
    nl: "Onduidelijk wat een vinkje betekent",
  },
  explanation: {
    en: "The wording stacks negations, so a reader cannot be sure whether ticking means yes or no to advertising. An objection or consent must be clear.",
    nl: "De tekst stapelt ontkenningen, zodat je niet zeker weet of aanvinken ja of nee tegen reclame betekent. Bezwaar en toestemming moeten duidelijk zijn.",
  },
  legal: [LEGAL.gdprConsent, LEGAL.twCustomer],
  check: (c) => c.wordingFindings.includes('double-negative'),
};
