import { PROFILES } from '../types';
import type { FormRule } from './rule';
import { isOperable } from './predicates';

export const noticeWithoutObjection: FormRule = {
  id: 'notice-without-objection',
  severity: 'violation',
  profiles: PROFILES,
  scope: 'form',
  legal: ['customer', 'ePrivacyCustomer', 'beforeValidation', 'refusalAtCollection', 'boxOnSameForm'],
  check: (form) =>
    form.priorNotice !== null && form.context !== 'newsletter' && !form.controls.some((c) => c.marketing && isOperable(c)),
};
