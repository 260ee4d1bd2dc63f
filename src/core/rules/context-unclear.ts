import { NATIONAL_PROFILES } from '../profiles/index';
import { controlRule } from './rule';
import { isOperable, isPositive } from './predicates';

export const contextUnclear = controlRule({
  id: 'context-unclear',
  severity: 'review',
  profiles: NATIONAL_PROFILES,
  legal: ['customer', 'sale'],
  check: (c) => isOperable(c) && c.context === 'unknown' && isPositive(c) && (c.checked || c.required),
});
