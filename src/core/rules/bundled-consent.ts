import { PROFILES } from '../types';
import { controlRule } from './rule';
import { isOperable } from './predicates';

export const bundledConsent = controlRule({
  id: 'bundled-consent',
  severity: 'violation',
  profiles: PROFILES,
  legal: ['gdprBundling', 'edpbConsent', 'customer'],
  check: (c) => isOperable(c) && c.bundled && c.context !== 'newsletter',
});
