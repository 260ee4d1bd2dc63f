import { controlRule } from './rule';
import { isFreeChoice } from './predicates';

export const objectionByUnticking = controlRule({
  id: 'objection-by-unticking',
  severity: 'review',
  profiles: ['be'],
  legal: ['boxOnSameForm', 'customer'],
  check: (c) => isFreeChoice(c) && c.kind === 'soft-opt-in' && !c.thirdParty && c.context === 'purchase',
});
