import { PROFILES } from '../types';
import type { ControlRule } from './rule';

export const vaguePurpose: ControlRule = {
  id: 'vague-purpose',
  severity: 'warning',
  profiles: PROFILES,
  scope: 'control',
  legal: ['gdprConsent', 'notice'],
  check: (c) => c.wordingFindings.includes('vague-purpose'),
};
