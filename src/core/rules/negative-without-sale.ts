import { NATIONAL_PROFILES } from '../profiles/index';
import type { ControlRule } from './rule';
import { isFreeChoice, isNegative, withoutSale } from './predicates';

export const negativeWithoutSale: ControlRule = {
  id: 'negative-without-sale',
  severity: 'violation',
  profiles: NATIONAL_PROFILES,
  scope: 'control',
  legal: ['consent', 'recital32', 'planet49', 'optOutNotConsent'],
  check: (c) => isFreeChoice(c) && isNegative(c) && !c.checked && withoutSale(c),
};
