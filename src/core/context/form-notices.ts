import { pageLanguages } from './page-languages';
import { hasMatch, lexiconFor } from '../lexicons/compiled';
import type { CompiledLexicon } from '../lexicons/compiled';
import { normalizeText } from '../text/normalize';
import { categoryIndex } from '../classify/may-be-marketing';
import { PRICE } from './price';

export interface FormNotices {
  /** A sentence on the form announcing marketing, quoted as written. */
  priorNotice: string | null;
  /** A sentence announcing that one can unsubscribe at any time. */
  unsubscribeNotice: string | null;
  /** An unsubscribe notice that also says it costs nothing (beyond basic-rate transmission). */
  costFreeObjectionNotice: string | null;
}

type NoticeKey = 'priorNotice' | 'unsubscribeNotice' | 'freeOfCharge' | 'quoteRequest';

const SENTENCE = /[^.!?]+[.!?]?/g;

/** The first of the (normalised) sentences that a lexicon's `key` category matches, or -1. */
function indexMatching(normalized: string[], key: NoticeKey, lexicons: CompiledLexicon[]): number {
  return normalized.findIndex((sentence) => lexicons.some((lexicon) => hasMatch(lexicon[key], sentence)));
}

/**
 * The unsubscribe notice with its cost, said in the same sentence or the next ("free shipping"
 * elsewhere is no such notice). A next sentence with an amount in it is about a price
 * ("Kostenloser Versand ab 50 €"), not about what objecting costs.
 */
function costFreeObjection(sentences: string[], normalized: string[], unsubscribeAt: number, lexicons: CompiledLexicon[]): string | null {
  if (unsubscribeAt < 0) return null;
  const next = sentences[unsubscribeAt + 1];
  const reach = next !== undefined && !PRICE.test(next) ? 2 : 1;
  const costAt = indexMatching(normalized.slice(unsubscribeAt, unsubscribeAt + reach), 'freeOfCharge', lexicons);
  return costAt < 0 ? null : sentences.slice(unsubscribeAt, unsubscribeAt + costAt + 1).map((sentence) => sentence.trim()).join(' ');
}

/** Notices in the form's own text (not behind a link): what the prior-notice and unsubscribe conditions look for. */
export function findFormNotices(formText: string, pageLang?: string): FormNotices {
  const languages = pageLanguages(pageLang);
  const lexicons = languages.map(lexiconFor);
  // A notice is a sentence, so the whole text holds each literal a notice needs: most forms have none.
  const wholeText = normalizeText(formText);
  const mayHold = (key: NoticeKey) => categoryIndex([key], languages).mayMatch(wholeText);
  const sentences = (formText.match(SENTENCE) ?? []).slice(0, 400);
  const normalized = mayHold('priorNotice') || mayHold('unsubscribeNotice') ? sentences.map(normalizeText) : [];
  const find = (key: NoticeKey) => sentences[indexMatching(normalized, key, lexicons)]?.trim() ?? null;
  const unsubscribeAt = indexMatching(normalized, 'unsubscribeNotice', lexicons);
  return {
    priorNotice: find('priorNotice'),
    unsubscribeNotice: sentences[unsubscribeAt]?.trim() ?? null,
    costFreeObjectionNotice: costFreeObjection(sentences, normalized, unsubscribeAt, lexicons),
  };
}

/** The form asks for a quote ("Request a quote"): read only where a profile's customer test depends on it. */
export function asksForQuote(formText: string, pageLang?: string): boolean {
  const lexicons = pageLanguages(pageLang).map(lexiconFor);
  return indexMatching((formText.match(SENTENCE) ?? []).slice(0, 400).map(normalizeText), 'quoteRequest', lexicons) >= 0;
}
