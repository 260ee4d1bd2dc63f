import type { ControlRule } from './rule';
import { reliesOnCustomerException } from './predicates';

export const objectionNoticeMissing: ControlRule = {
  id: 'objection-notice-missing',
  severity: 'violation',
  profiles: ['de'],
  scope: 'control',
  legal: ['objectionNotice', 'optOutNotConsent', 'planet49'],
  check: (c) => reliesOnCustomerException(c) && !c.costFreeObjectionAnnounced,
};
