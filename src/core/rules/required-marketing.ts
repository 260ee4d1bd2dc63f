import type { ControlRule } from './rule';
import { LEGAL, isNegative, isOperable } from './predicates';

export const requiredMarketing: ControlRule = {
  id: 'required-marketing',
  severity: 'violation',
  profiles: ['nl', 'eu-consent'],
  scope: 'control',
  legal: [LEGAL.gdprBundling, LEGAL.twCustomer],
  check: (c) => isOperable(c) && c.required && !isNegative(c) && !c.bundled && c.context !== 'newsletter' && c.context !== 'unknown',
};
