import type { ControlRule } from './rule';
import { LEGAL, isFreeChoice, withoutSale } from './predicates';

export const pretickedWithoutSale: ControlRule = {
  id: 'preticked-without-sale',
  severity: 'violation',
  profiles: ['nl'],
  scope: 'control',
  legal: [LEGAL.twConsent, LEGAL.recital32, LEGAL.planet49, LEGAL.acmPaying],
  check: (c) => isFreeChoice(c) && c.kind === 'soft-opt-in' && withoutSale(c),
};
