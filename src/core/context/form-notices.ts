import { pageLanguages } from './page-languages';
import { hasMatch, lexiconFor } from '../lexicons/compiled';
import { normalizeText } from '../text/normalize';

export interface FormNotices {
  /** A sentence on the form announcing marketing, quoted as written. */
  priorNotice: string | null;
  /** A sentence announcing that one can unsubscribe at any time. */
  unsubscribeNotice: string | null;
}

const SENTENCE = /[^.!?]+[.!?]?/g;

function firstSentenceMatching(sentences: string[], key: 'priorNotice' | 'unsubscribeNotice', languages: readonly string[]): string | null {
  for (const sentence of sentences) {
    const normalized = normalizeText(sentence);
    if (languages.some((lang) => hasMatch(lexiconFor(lang)[key], normalized))) return sentence.trim();
  }
  return null;
}

/** Notices in the form's own text (not behind a link): what the prior-notice and unsubscribe conditions look for. */
export function findFormNotices(formText: string, pageLang?: string): FormNotices {
  const languages = pageLanguages(pageLang);
  const sentences = (formText.match(SENTENCE) ?? []).slice(0, 400);
  return {
    priorNotice: firstSentenceMatching(sentences, 'priorNotice', languages),
    unsubscribeNotice: firstSentenceMatching(sentences, 'unsubscribeNotice', languages),
  };
}
