import { PROFILES } from '../types';
import type { ControlRule } from './rule';
import { isNegative, isOperable } from './predicates';

export const requiredNegative: ControlRule = {
  id: 'required-negative',
  severity: 'info',
  profiles: PROFILES,
  scope: 'control',
  legal: [],
  check: (c) => isOperable(c) && c.required && isNegative(c),
};
