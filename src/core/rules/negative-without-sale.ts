import { NATIONAL_PROFILES } from '../profiles/index';
import { controlRule } from './rule';
import { isFreeChoice, isNegative, withoutSale } from './predicates';

export const negativeWithoutSale = controlRule({
  id: 'negative-without-sale',
  severity: 'violation',
  profiles: NATIONAL_PROFILES,
  legal: ['consent', 'recital32', 'planet49', 'optOutNotConsent'],
  check: (c) => isFreeChoice(c) && isNegative(c) && !c.checked && withoutSale(c),
});
