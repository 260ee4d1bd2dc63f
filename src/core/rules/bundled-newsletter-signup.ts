import type { ControlRule } from './rule';
import { LEGAL, isOperable } from './predicates';

export const bundledNewsletterSignup: ControlRule = {
  id: 'bundled-newsletter-signup',
  severity: 'review',
  profiles: ['nl'],
  scope: 'control',
  legal: [LEGAL.gdprBundling],
  check: (c) => isOperable(c) && c.bundled && c.context === 'newsletter',
};
