import type { ControlRule } from './rule';
import { LEGAL, isOperable } from './predicates';

export const bundledConsent: ControlRule = {
  id: 'bundled-consent',
  severity: 'violation',
  profiles: ['nl', 'eu-consent'],
  scope: 'control',
  legal: [LEGAL.gdprBundling, LEGAL.edpbConsent, LEGAL.twCustomer],
  check: (c) => isOperable(c) && c.bundled && c.context !== 'newsletter',
};
