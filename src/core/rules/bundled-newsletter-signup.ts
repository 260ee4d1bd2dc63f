import { NATIONAL_PROFILES } from '../profiles/index';
import type { ControlRule } from './rule';
import { isOperable } from './predicates';

export const bundledNewsletterSignup: ControlRule = {
  id: 'bundled-newsletter-signup',
  severity: 'review',
  profiles: NATIONAL_PROFILES,
  scope: 'control',
  legal: ['gdprBundling'],
  check: (c) => isOperable(c) && c.bundled && c.context === 'newsletter',
};
