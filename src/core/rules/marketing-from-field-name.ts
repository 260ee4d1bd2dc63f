import { PROFILES } from '../types';
import { controlRule } from './rule';

/**
 * The label names no mailing, but on a sign-up form the field is a mailing list's (MailPoet's
 * `data[segments][]`): marketing by what the box submits, not by what it says. Like
 * other weak readings, the verdict is at most needs-review (report/judge-control.ts).
 */
export const marketingFromFieldName = controlRule({
  id: 'marketing-from-field-name',
  severity: 'warning',
  profiles: PROFILES,
  legal: ['gdprConsent', 'notice'],
  check: (c) => c.wordingFindings.includes('field-name-only'),
});
