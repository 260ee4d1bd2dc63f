import type { ControlRule } from './rule';
import { LEGAL } from './predicates';

export const channelNotNamed: ControlRule = {
  id: 'channel-not-named',
  severity: 'info',
  profiles: ['nl', 'eu-consent'],
  scope: 'control',
  legal: [LEGAL.gdprConsent],
  check: (c) => c.wordingFindings.includes('channel-not-named'),
};
