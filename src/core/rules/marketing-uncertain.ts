import { PROFILES } from '../types';
import { controlRule } from './rule';

/**
 * Advertising read only from a general word ("e-mails", "updates") next to a receiving verb. The
 * verdict of such a box is at most needs-review (report/judge-control.ts): Vinkje says it is
 * unsure instead of calling it a violation. Vague "stay up to date" wording has its own rule.
 */
export const marketingUncertain = controlRule({
  id: 'marketing-uncertain',
  severity: 'warning',
  profiles: PROFILES,
  legal: ['gdprConsent', 'notice'],
  check: (c) => c.wordingFindings.includes('weak-evidence') && !c.wordingFindings.some((finding) => finding === 'vague-purpose' || finding === 'field-name-only'),
});
