import { controlRule } from './rule';
import { reliesOnCustomerException } from './predicates';

export const objectionNoticeMissing = controlRule({
  id: 'objection-notice-missing',
  severity: 'violation',
  profiles: ['de'],
  legal: ['objectionNotice', 'optOutNotConsent', 'planet49'],
  check: (c) => reliesOnCustomerException(c) && !c.costFreeObjectionAnnounced,
});
