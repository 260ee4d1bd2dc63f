import { PROFILES } from '../types';
import { controlRule } from './rule';

export const vaguePurpose = controlRule({
  id: 'vague-purpose',
  severity: 'warning',
  profiles: PROFILES,
  legal: ['gdprConsent', 'notice'],
  check: (c) => c.wordingFindings.includes('vague-purpose'),
});
