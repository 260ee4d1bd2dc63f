import type { Lexicon } from '../lexicons/lexicon';
import { LEXICONS } from '../lexicons/index';
import { LiteralIndex } from '../text/literal-index';

type WordingCategory = 'marketing' | 'weakMarketing' | 'priorNotice' | 'unsubscribeNotice' | 'freeOfCharge' | 'quoteRequest';

const indexes = new Map<string, { languages: number; index: LiteralIndex }>();

/** One literal index over categories of the given lexicons (all by default), rebuilt when a language is added. */
export function categoryIndex(categories: readonly WordingCategory[], langs?: readonly string[]): LiteralIndex {
  const languages = langs ?? Object.keys(LEXICONS);
  const key = `${categories}:${languages}`;
  const known = indexes.get(key);
  if (known?.languages === languages.length) return known.index;
  const fragments = languages.flatMap((lang) => LEXICONS[lang] ?? []).flatMap((lexicon: Lexicon) => categories.flatMap((category) => lexicon[category]));
  const index = new LiteralIndex(fragments);
  indexes.set(key, { languages: languages.length, index });
  return index;
}

/**
 * The cheap first pass, derived from every lexicon's marketing and weak-marketing words: false
 * means no lexicon can read marketing in this (normalized) text, so filter facets ("Rood (12)"),
 * sizes, "remember me" and "same as billing" leave before any pattern runs.
 */
export const mayBeMarketing = (normalized: string): boolean => categoryIndex(['marketing', 'weakMarketing']).mayMatch(normalized);
