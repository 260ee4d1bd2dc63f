import { PROFILES } from '../types';
import { controlRule } from './rule';
import { marketingOnByDefault } from './predicates';

export const inertMarketingOff = controlRule({
  id: 'inert-marketing-off',
  severity: 'info',
  profiles: PROFILES,
  legal: [],
  check: (c) => (c.hidden || c.disabled) && !marketingOnByDefault(c),
});
