import { classifyWording } from './classify/classify-wording';
import { judgeControl } from './report/judge-control';
import type { ClassifyOptions, ClassifyResult } from './types';
import { SCHEMA } from './types';

/**
 * The `classify` command's answer for one text (docs/report-format.md "classify result"). Given a
 * form context, it also judges the text as a visible, optional box on such a form.
 */
export function classifyText(text: string, options: ClassifyOptions = {}): ClassifyResult {
  const checked = options.checked ?? false;
  const { wordingFindings, lang, ...classification } = classifyWording(text, checked, options.lang);
  const result: ClassifyResult = { schema: SCHEMA, text, lang, checked, ...classification, findings: wordingFindings };
  if (!options.context) return result;
  const facts = { ...classification, wordingFindings, label: text, checked, checkedNow: checked, disabled: false, required: false, hidden: false, context: options.context, quoteRequest: false, unsubscribeAnnounced: false, costFreeObjectionAnnounced: false, showsSavedAddress: false };
  const { rules, verdict } = judgeControl(facts, options.profile ?? 'nl');
  return { ...result, context: options.context, verdict, findings: rules.map((rule) => rule.id) };
}
