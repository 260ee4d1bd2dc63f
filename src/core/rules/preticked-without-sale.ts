import { NATIONAL_PROFILES } from '../profiles/index';
import { controlRule } from './rule';
import { isFreeChoice, withoutSale } from './predicates';

export const pretickedWithoutSale = controlRule({
  id: 'preticked-without-sale',
  severity: 'violation',
  profiles: NATIONAL_PROFILES,
  legal: ['consent', 'recital32', 'planet49', 'sale'],
  check: (c) => isFreeChoice(c) && c.kind === 'soft-opt-in' && withoutSale(c),
});
