import type { ControlRule } from './rule';
import { LEGAL } from './predicates';

export const vaguePurpose: ControlRule = {
  id: 'vague-purpose',
  severity: 'warning',
  profiles: ['nl', 'eu-consent'],
  scope: 'control',
  legal: [LEGAL.gdprConsent, LEGAL.acmNotice],
  check: (c) => c.wordingFindings.includes('vague-purpose'),
};
