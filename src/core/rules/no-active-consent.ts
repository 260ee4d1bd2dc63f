import type { ControlRule } from './rule';
import { LEGAL, isOperable } from './predicates';

export const noActiveConsent: ControlRule = {
  id: 'no-active-consent',
  severity: 'violation',
  profiles: ['eu-consent'],
  scope: 'control',
  title: {
    en: "No active, specific consent",
    nl: "Geen actieve, specifieke toestemming",
  },
  explanation: {
    en: "In the consent view only an unticked box that you tick yourself counts: pre-ticked, \"no thanks\" and bundled boxes are not consent.",
    nl: "In de toestemmingsweergave telt alleen een leeg vakje dat je zelf aanvinkt: vooraf aangevinkte, \"nee bedankt\"- en gekoppelde vakjes zijn geen toestemming.",
  },
  legal: [LEGAL.gdprConsent, LEGAL.recital32, LEGAL.planet49, LEGAL.gdprBundling],
  check: (c) => isOperable(c) && (c.kind === 'negative' || c.kind === 'bundled' || (c.kind === 'soft-opt-in' && c.context !== 'newsletter')),
};
