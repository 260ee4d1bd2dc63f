import type { ControlRule } from './rule';
import { LEGAL, isNegative, isOperable } from './predicates';

export const requiredMarketing: ControlRule = {
  id: 'required-marketing',
  severity: 'violation',
  profiles: ['nl', 'eu-consent'],
  scope: 'control',
  title: {
    en: "Marketing box must be ticked to continue",
    nl: "Reclamevakje moet aangevinkt worden om verder te gaan",
  },
  explanation: {
    en: "A box you cannot leave empty offers no way to object and no free consent.",
    nl: "Een vakje dat je niet leeg mag laten, biedt geen manier om bezwaar te maken en geen vrije toestemming.",
  },
  legal: [LEGAL.gdprBundling, LEGAL.twCustomer],
  check: (c) => isOperable(c) && c.required && !isNegative(c) && !c.bundled && c.context !== 'newsletter' && c.context !== 'unknown',
};
