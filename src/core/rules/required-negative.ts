import { PROFILES } from '../types';
import { controlRule } from './rule';
import { isNegative, isOperable } from './predicates';

export const requiredNegative = controlRule({
  id: 'required-negative',
  severity: 'info',
  profiles: PROFILES,
  legal: [],
  check: (c) => isOperable(c) && c.required && isNegative(c),
});
