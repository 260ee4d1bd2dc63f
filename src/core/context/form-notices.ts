import { pageLanguages } from './page-languages';
import { hasMatch, lexiconFor } from '../lexicons/compiled';
import type { CompiledLexicon } from '../lexicons/compiled';
import { normalizeText } from '../text/normalize';
import { categoryIndex } from '../classify/may-be-marketing';

export interface FormNotices {
  /** A sentence on the form announcing marketing, quoted as written. */
  priorNotice: string | null;
  /** A sentence announcing that one can unsubscribe at any time. */
  unsubscribeNotice: string | null;
  /** An unsubscribe notice that also says it costs nothing (beyond basic-rate transmission). */
  costFreeObjectionNotice: string | null;
  /** The form asks for a quote: "Request a quote". */
  quoteRequest: string | null;
}

type NoticeKey = 'priorNotice' | 'unsubscribeNotice' | 'freeOfCharge' | 'quoteRequest';

const SENTENCE = /[^.!?]+[.!?]?/g;

function indexMatching(sentences: string[], key: NoticeKey, lexicons: CompiledLexicon[]): number {
  return sentences.findIndex((sentence) => {
    const normalized = normalizeText(sentence);
    return lexicons.some((lexicon) => hasMatch(lexicon[key], normalized));
  });
}

/** The unsubscribe notice with its cost, said in the same sentence or the next ("free shipping" elsewhere is no such notice). */
function costFreeObjection(sentences: string[], unsubscribeAt: number, lexicons: CompiledLexicon[]): string | null {
  if (unsubscribeAt < 0) return null;
  const pair = sentences.slice(unsubscribeAt, unsubscribeAt + 2);
  const costAt = indexMatching(pair, 'freeOfCharge', lexicons);
  return costAt < 0 ? null : pair.slice(0, costAt + 1).map((sentence) => sentence.trim()).join(' ');
}

/** Notices in the form's own text (not behind a link): what the prior-notice and unsubscribe conditions look for. */
export function findFormNotices(formText: string, pageLang?: string): FormNotices {
  const lexicons = pageLanguages(pageLang).map(lexiconFor);
  const sentences = (formText.match(SENTENCE) ?? []).slice(0, 400);
  const languages = pageLanguages(pageLang);
  // A notice is a sentence, so the whole text holds each literal a notice needs: most forms have none.
  const wholeText = normalizeText(formText);
  const mayHold = (key: NoticeKey) => categoryIndex([key], languages).mayMatch(wholeText);
  const find = (key: NoticeKey) => (mayHold(key) ? sentences[indexMatching(sentences, key, lexicons)]?.trim() ?? null : null);
  const unsubscribeAt = mayHold('unsubscribeNotice') ? indexMatching(sentences, 'unsubscribeNotice', lexicons) : -1;
  return {
    priorNotice: find('priorNotice'),
    unsubscribeNotice: sentences[unsubscribeAt]?.trim() ?? null,
    costFreeObjectionNotice: costFreeObjection(sentences, unsubscribeAt, lexicons),
    quoteRequest: find('quoteRequest'),
  };
}
