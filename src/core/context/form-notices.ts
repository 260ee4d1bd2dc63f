import { pageLanguages } from './page-languages';
import { hasMatch, lexiconFor } from '../lexicons/compiled';
import { normalizeText } from '../text/normalize';
import { categoryIndex } from '../classify/may-be-marketing';

export interface FormNotices {
  /** A sentence on the form announcing marketing, quoted as written. */
  priorNotice: string | null;
  /** A sentence announcing that one can unsubscribe at any time. */
  unsubscribeNotice: string | null;
}

const SENTENCE = /[^.!?]+[.!?]?/g;

function firstSentenceMatching(sentences: string[], key: 'priorNotice' | 'unsubscribeNotice', languages: readonly string[], wholeText: string): string | null {
  // A notice is a sentence, so the whole text holds each literal a notice needs: most forms have none.
  if (!categoryIndex([key], languages).mayMatch(wholeText)) return null;
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
  const wholeText = normalizeText(formText);
  return {
    priorNotice: firstSentenceMatching(sentences, 'priorNotice', languages, wholeText),
    unsubscribeNotice: firstSentenceMatching(sentences, 'unsubscribeNotice', languages, wholeText),
  };
}
