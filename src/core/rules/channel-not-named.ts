import { PROFILES } from '../types';
import type { ControlRule } from './rule';

export const channelNotNamed: ControlRule = {
  id: 'channel-not-named',
  severity: 'info',
  profiles: PROFILES,
  scope: 'control',
  legal: ['gdprConsent'],
  check: (c) => c.wordingFindings.includes('channel-not-named'),
};
