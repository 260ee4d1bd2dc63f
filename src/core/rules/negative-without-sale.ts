import type { ControlRule } from './rule';
import { LEGAL, isFreeChoice, isNegative, withoutSale } from './predicates';

export const negativeWithoutSale: ControlRule = {
  id: 'negative-without-sale',
  severity: 'violation',
  profiles: ['nl'],
  scope: 'control',
  legal: [LEGAL.twConsent, LEGAL.recital32, LEGAL.planet49],
  check: (c) => isFreeChoice(c) && isNegative(c) && !c.checked && withoutSale(c),
};
