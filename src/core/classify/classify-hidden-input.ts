import type { Classification } from '../types';
import { classifyWording } from './classify-wording';
import { fieldNameHas } from '../lexicons/any-language';


/**
 * A hidden input has no wording, only a name (and for a list field a value) chosen by the
 * discovery step because it carries a marketing choice: it is marketing by construction.
 */
export function classifyHiddenInput(name: string, value: string, checked: boolean, langHint?: string): Classification {
  const spelled = `${name} ${value}`.replace(/[_\-=[\].,]+/g, ' ');
  const wording = classifyWording(spelled, checked, langHint);
  const negative = fieldNameHas('negative', name);
  return {
    ...wording,
    marketing: true,
    kind: negative ? 'negative' : checked ? 'soft-opt-in' : 'opt-in',
    thirdParty: wording.thirdParty || fieldNameHas('thirdParty', name),
    bundled: false,
    channels: wording.channels.length ? wording.channels : ['email'],
    wordingFindings: [],
  };
}
