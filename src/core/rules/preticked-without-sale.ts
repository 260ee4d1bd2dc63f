import { NATIONAL_PROFILES } from '../profiles/index';
import type { ControlRule } from './rule';
import { isFreeChoice, withoutSale } from './predicates';

export const pretickedWithoutSale: ControlRule = {
  id: 'preticked-without-sale',
  severity: 'violation',
  profiles: NATIONAL_PROFILES,
  scope: 'control',
  legal: ['consent', 'recital32', 'planet49', 'sale'],
  check: (c) => isFreeChoice(c) && c.kind === 'soft-opt-in' && withoutSale(c),
};
