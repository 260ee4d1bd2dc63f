import { NATIONAL_PROFILES } from '../profiles/index';
import type { ControlRule } from './rule';
import { isOperable, isPositive } from './predicates';

export const contextUnclear: ControlRule = {
  id: 'context-unclear',
  severity: 'review',
  profiles: NATIONAL_PROFILES,
  scope: 'control',
  legal: ['customer', 'sale'],
  check: (c) => isOperable(c) && c.context === 'unknown' && isPositive(c) && (c.checked || c.required),
};
