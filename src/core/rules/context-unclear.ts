import type { ControlRule } from './rule';
import { LEGAL, isOperable, isPositive } from './predicates';

export const contextUnclear: ControlRule = {
  id: 'context-unclear',
  severity: 'review',
  profiles: ['nl'],
  scope: 'control',
  legal: [LEGAL.twCustomer, LEGAL.acmPaying],
  check: (c) => isOperable(c) && c.context === 'unknown' && isPositive(c) && (c.checked || c.required),
};
