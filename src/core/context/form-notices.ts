import { LANGUAGES } from '../lexicons/index';
import { hasMatch, lexiconFor } from '../lexicons/compiled';
import { normalizeText } from '../text/normalize';

export interface FormNotices {
  /** A sentence on the form announcing marketing, quoted as written. */
  priorNotice: string | null;
  /** A sentence announcing that one can unsubscribe at any time. */
  unsubscribeNotice: string | null;
}

const SENTENCE = /[^.!?]+[.!?]?/g;

function firstSentenceMatching(sentences: string[], key: 'priorNotice' | 'unsubscribeNotice'): string | null {
  for (const sentence of sentences) {
    const normalized = normalizeText(sentence);
    if (LANGUAGES.some((lang) => hasMatch(lexiconFor(lang)[key], normalized))) return sentence.trim();
  }
  return null;
}

/** Notices in the form's own text (not behind a link): what the prior-notice and unsubscribe conditions look for. */
export function findFormNotices(formText: string): FormNotices {
  const sentences = (formText.match(SENTENCE) ?? []).slice(0, 400);
  return {
    priorNotice: firstSentenceMatching(sentences, 'priorNotice'),
    unsubscribeNotice: firstSentenceMatching(sentences, 'unsubscribeNotice'),
  };
}
