import { PROFILES } from '../types';
import { controlRule } from './rule';
import { isNegative, isOperable } from './predicates';

export const requiredMarketing = controlRule({
  id: 'required-marketing',
  severity: 'violation',
  profiles: PROFILES,
  legal: ['gdprBundling', 'customer'],
  check: (c) => isOperable(c) && c.required && !isNegative(c) && !c.bundled && c.context !== 'newsletter' && c.context !== 'unknown',
});
