import type { ControlRule } from './rule';
import { LEGAL, isOperable } from './predicates';

export const noActiveConsent: ControlRule = {
  id: 'no-active-consent',
  severity: 'violation',
  profiles: ['eu-consent'],
  scope: 'control',
  legal: [LEGAL.gdprConsent, LEGAL.recital32, LEGAL.planet49, LEGAL.gdprBundling],
  check: (c) => isOperable(c) && (c.kind === 'negative' || c.kind === 'bundled' || (c.kind === 'soft-opt-in' && c.context !== 'newsletter')),
};
