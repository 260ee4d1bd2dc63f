import type { Classification } from '../types';
import { classifyWording } from './classify-wording';

const PARTNER_NAME = /partner|third|derde|dritt|tiers/i;
const NEGATIVE_NAME = /opt_?-?out|unsubscribe|no_?newsletter|no_?marketing/i;

/**
 * A hidden input has no wording, only a name chosen by the discovery step because it
 * carries a marketing choice ("accepts_marketing", "optin"): it is marketing by construction.
 */
export function classifyHiddenInput(name: string, checked: boolean, langHint?: string): Classification {
  const spelled = name.replace(/[_\-=[\].]+/g, ' ');
  const wording = classifyWording(spelled, checked, langHint);
  const negative = NEGATIVE_NAME.test(name);
  return {
    ...wording,
    marketing: true,
    kind: negative ? 'negative' : checked ? 'soft-opt-in' : 'opt-in',
    thirdParty: wording.thirdParty || PARTNER_NAME.test(name),
    bundled: false,
    channels: wording.channels.length ? wording.channels : ['email'],
    wordingFindings: [],
  };
}
