import { PROFILES } from '../types';
import type { ControlRule } from './rule';
import { isOperable } from './predicates';

export const bundledConsent: ControlRule = {
  id: 'bundled-consent',
  severity: 'violation',
  profiles: PROFILES,
  scope: 'control',
  legal: ['gdprBundling', 'edpbConsent', 'customer'],
  check: (c) => isOperable(c) && c.bundled && c.context !== 'newsletter',
};
