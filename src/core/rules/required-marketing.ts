import { PROFILES } from '../types';
import type { ControlRule } from './rule';
import { isNegative, isOperable } from './predicates';

export const requiredMarketing: ControlRule = {
  id: 'required-marketing',
  severity: 'violation',
  profiles: PROFILES,
  scope: 'control',
  legal: ['gdprBundling', 'customer'],
  check: (c) => isOperable(c) && c.required && !isNegative(c) && !c.bundled && c.context !== 'newsletter' && c.context !== 'unknown',
};
