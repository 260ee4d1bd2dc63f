import type { Lexicon } from '../core/lexicons/lexicon';
import { normalizeText } from '../core/text/normalize';
import type { PageSample } from '../shared-ui/messages';

/** Each language's function words, in the engine's language order: all the worker knows of the lexicons. */
export type StopwordTable = Record<string, readonly string[]>;

export const stopwordTable = (lexicons: readonly Lexicon[]): StopwordTable =>
  Object.fromEntries(lexicons.map(({ lang, stopwords }) => [lang, stopwords]));

/**
 * A language is read too when its function words in the sample are this many, and half the
 * leader's; on a page that declares no language Vinkje knows, any evidence will do.
 */
const MIN_WORDS = 2;
const SHARE_OF_LEADER = 0.5;
/** English always reads along: loanwords ("newsletter") and English field names are everywhere. */
const SECOND_READER = 'en';

/**
 * The lexicons a page needs: its declared language, each language its text is clearly
 * written in (a Belgian or Swiss page gets both of its languages) and English; in the table's
 * order, which is the order the engine breaks ties in.
 */
export function languagesToLoad(sample: PageSample, table: StopwordTable): string[] {
  const declared = sample.lang.toLowerCase().split(/[-_]/)[0];
  const words = normalizeText(sample.text).split(/[^\p{L}']+/u);
  const counts = Object.entries(table).map(([lang, stopwords]) => {
    const known = new Set(stopwords);
    return { lang, count: words.filter((word) => known.has(word)).length };
  });
  const leader = Math.max(...counts.map(({ count }) => count));
  const floor = declared && Object.hasOwn(table, declared) ? MIN_WORDS : 1;
  const written = counts.filter(({ count }) => count >= floor && count >= leader * SHARE_OF_LEADER).map(({ lang }) => lang);
  const wanted = new Set([declared, SECOND_READER, ...written]);
  return Object.keys(table).filter((lang) => wanted.has(lang));
}
