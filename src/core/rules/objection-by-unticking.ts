import type { ControlRule } from './rule';
import { isFreeChoice } from './predicates';

export const objectionByUnticking: ControlRule = {
  id: 'objection-by-unticking',
  severity: 'review',
  profiles: ['be'],
  scope: 'control',
  legal: ['boxOnSameForm', 'customer'],
  check: (c) => isFreeChoice(c) && c.kind === 'soft-opt-in' && !c.thirdParty && c.context === 'purchase',
};
