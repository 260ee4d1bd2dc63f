import { PROFILES } from '../types';
import type { ControlRule } from './rule';
import { marketingOnByDefault } from './predicates';

export const inertMarketingOff: ControlRule = {
  id: 'inert-marketing-off',
  severity: 'info',
  profiles: PROFILES,
  scope: 'control',
  legal: [],
  check: (c) => (c.hidden || c.disabled) && !marketingOnByDefault(c),
};
