import type { FieldNameWords } from './lexicon';
import { alternation } from './compiled';
import { LANGUAGES, LEXICONS } from './index';

// What markup says in whatever language its author wrote it: field names, form values and
// option labels are read with every lexicon, since a Dutch shop's fields are often English.

const lexicons = () => Object.values(LEXICONS);
const cache = new Map<string, unknown>();
/** How many languages the cache was built from: a language given later rebuilds it. */
let cachedLanguages = 0;

function cached<T>(key: string, build: () => T): T {
  if (cachedLanguages !== LANGUAGES.length) {
    cache.clear();
    cachedLanguages = LANGUAGES.length;
  }
  if (!cache.has(key)) cache.set(key, build());
  return cache.get(key) as T;
}

const FIELD_SEPARATOR = '[_\\-[\\].\\s]';

/** Whether a field name holds one of the words of a `fieldNames` category, as a whole part. */
export function fieldNameHas(category: keyof FieldNameWords, name: string): boolean {
  const pattern = cached(`field:${category}`, () => {
    const words = lexicons().flatMap((lexicon) => lexicon.fieldNames[category]);
    return new RegExp(`(^|${FIELD_SEPARATOR})(?:${words.join('|')})($|${FIELD_SEPARATOR})`, 'i');
  });
  // camelCase parts are words too: `subscribeToNewsletter`, `newsletterOptIn`.
  return pattern.test(name.replace(/(\p{Ll})(?=\p{Lu})/gu, '$1_'));
}

/** Language-neutral answers beside each language's own. */
const NEUTRAL_ANSWERS: [string, string][] = [['1', '0']];

/** Every yes value with the no value that answers it, across languages. */
export function answerPairs(): readonly [string, string][] {
  return cached('answers', () => [...NEUTRAL_ANSWERS, ...lexicons().flatMap((lexicon) => lexicon.answerValues)]);
}

/** Option labels that start with yes or no ("Ja, graag", "Non merci"). */
export function answerWords(): { yes: RegExp; no: RegExp } {
  return cached('answerWords', () => ({
    yes: alternation(lexicons().flatMap((lexicon) => lexicon.yes)),
    no: alternation(lexicons().flatMap((lexicon) => lexicon.no)),
  }));
}

/** Elements whose class or id holds one of the words: `[class*=newsletter], [id*=newsletter]`. */
export const classOrIdSelector = (words: readonly string[], flags = ''): string =>
  [...new Set(words)].flatMap((word) => [`[class*=${word}${flags}]`, `[id*=${word}${flags}]`]).join(', ');

const blockSelector = (key: 'signupBlocks' | 'filterBlocks', flags = '') =>
  cached(key, () => classOrIdSelector(lexicons().flatMap((lexicon) => lexicon[key]), flags));

/** Class or id words of a sign-up block, as a selector: `[class*=newsletter], [id*=newsletter]`. */
export const signupBlockSelector = (): string => blockSelector('signupBlocks');

/** Class or id words of a filter block, any case (`FacetFiltersForm`), and the search landmark. */
export const filterBlockSelector = (): string => `${blockSelector('filterBlocks', ' i')},[role=search]`;
