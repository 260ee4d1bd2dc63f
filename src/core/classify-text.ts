import { classifyWording } from './classify/classify-wording';
import type { ClassifyOptions, ClassifyResult } from './types';
import { SCHEMA } from './types';

/** The `classify` command's answer for one text (contract.md "classify result"). */
export function classifyText(text: string, options: ClassifyOptions = {}): ClassifyResult {
  const checked = options.checked ?? false;
  const { wordingFindings, lang, ...classification } = classifyWording(text, checked, options.lang);
  return { schema: SCHEMA, text, lang, checked, ...classification, findings: wordingFindings };
}
