import { NATIONAL_PROFILES } from '../profiles/index';
import { controlRule } from './rule';
import { isOperable } from './predicates';

export const bundledNewsletterSignup = controlRule({
  id: 'bundled-newsletter-signup',
  severity: 'review',
  profiles: NATIONAL_PROFILES,
  legal: ['gdprBundling'],
  check: (c) => isOperable(c) && c.bundled && c.context === 'newsletter',
});
