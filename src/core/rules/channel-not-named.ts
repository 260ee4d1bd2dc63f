import { PROFILES } from '../types';
import { controlRule } from './rule';

export const channelNotNamed = controlRule({
  id: 'channel-not-named',
  severity: 'info',
  profiles: PROFILES,
  legal: ['gdprConsent'],
  check: (c) => c.wordingFindings.includes('channel-not-named'),
});
