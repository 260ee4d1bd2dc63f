import { controlRule } from './rule';
import { isOperable } from './predicates';

export const noActiveConsent = controlRule({
  id: 'no-active-consent',
  severity: 'violation',
  profiles: ['eu-consent'],
  legal: ['gdprConsent', 'recital32', 'planet49', 'gdprBundling'],
  check: (c) => isOperable(c) && (c.kind === 'negative' || c.kind === 'bundled' || (c.kind === 'soft-opt-in' && c.context !== 'newsletter')),
});
