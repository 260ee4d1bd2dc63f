import type { Lexicon } from '../lexicons/lexicon';
import { LEXICONS } from '../lexicons/index';
import { LiteralIndex } from '../text/literal-index';

type WordingCategory = 'marketing' | 'weakMarketing' | 'priorNotice' | 'unsubscribeNotice';

const indexes = new Map<string, { lexicons: number; index: LiteralIndex }>();

/** One literal index over a category of the given lexicons, rebuilt when a language is added. */
export function categoryIndex(categories: readonly WordingCategory[], langs: readonly string[] = Object.keys(LEXICONS)): LiteralIndex {
  const key = `${categories.join('+')}:${langs.join(',')}`;
  const lexicons = langs.flatMap((lang) => LEXICONS[lang] ?? []);
  const known = indexes.get(key);
  if (known?.lexicons === lexicons.length) return known.index;
  const fragments = lexicons.flatMap((lexicon: Lexicon) => categories.flatMap((category) => lexicon[category]));
  const index = new LiteralIndex(fragments);
  indexes.set(key, { lexicons: lexicons.length, index });
  return index;
}

/**
 * The cheap first pass, derived from every lexicon's marketing and weak-marketing words: false
 * means no lexicon can read marketing in this (normalized) text, so filter facets ("Rood (12)"),
 * sizes, "remember me" and "same as billing" leave before any pattern runs.
 */
export const mayBeMarketing = (normalized: string): boolean => categoryIndex(['marketing', 'weakMarketing']).mayMatch(normalized);
