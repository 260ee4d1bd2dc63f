import type { Channel } from '../types';
import type { ContextWords, Lexicon } from './lexicon';
import { LANGUAGES, LEXICONS } from './index';
import { literalGate } from '../text/literal-index';

type PatternKey = Exclude<keyof Lexicon, 'lang' | 'stopwords' | 'channels' | 'context' | 'answerValues' | 'fieldNames' | 'signupBlocks' | 'filterBlocks'>;

export type CompiledLexicon = Record<PatternKey, RegExp> & {
  lang: string;
  stopwords: ReadonlySet<string>;
  channels: [Channel, RegExp][];
  context: [ContextWords, RegExp][];
};

const compiled = new Map<string, CompiledLexicon>();

// Word boundaries that know every alphabet: `\b` alone treats ø, æ and ł as non-letters, so
// "ønsker" could never start a match and a match could start inside "właściwie". Digits are
// `\d`: NFKD has already made other numerals ASCII where it can, and `\p{N}` would more than
// double what the regex parser spends on each of these classes.
const LETTER = '[\\p{L}\\d_]';
const WORD_START = `(?<!${LETTER})`;
const WORD_BOUNDARY = `(?:(?<=${LETTER})(?!${LETTER})|(?<!${LETTER})(?=${LETTER}))`;

/** A fragment that takes the whole clause up to its words: `[^.;:!?]*\b(…)`. */
const CLAUSE_LEADING = /^\[\^([^\]]*)\]\*/;

/**
 * Such a fragment can only start where its clause starts: said up front, the regex engine tries
 * it once a clause instead of at every word (on a 1 200-character label without a full stop,
 * the difference between a millisecond and a second). Where it matches is unchanged: from any
 * later start in the clause it would also have matched from the clause's start.
 */
const fromClauseStart = (fragment: string) => fragment.replace(CLAUSE_LEADING, (star, breaks: string) => `(?<![^${breaks}])${star}`);

/** Whether a fragment is one alternative: no `|` outside its groups and classes. */
function isSingleAlternative(fragment: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < fragment.length; i++) {
    const char = fragment[i];
    if (char === '\\') i++;
    else if (inClass) inClass = char !== ']';
    else if (char === '[') inClass = true;
    else if (char === '(') depth++;
    else if (char === ')') depth--;
    else if (char === '|' && depth === 0) return false;
  }
  return true;
}

const TRAILING_BOUNDARY = '\\b';
const endsWithBoundary = (fragment: string) =>
  fragment.endsWith(TRAILING_BOUNDARY) && !fragment.endsWith(`\\${TRAILING_BOUNDARY}`) && isSingleAlternative(fragment);

/**
 * The fragments in their order, each `\b` a word boundary in any alphabet. Neighbours that end
 * in `\b` share one: `(?:a|b)\b` tries the same words in the same order as `a\b|b\b`, and each
 * written-out boundary holds four Unicode letter classes, which the regex parser builds anew
 * every time (thousands of them cost a page the better part of a second on first use).
 */
function alternativesOf(fragments: readonly string[]): string {
  const parts: string[] = [];
  let run: string[] = [];
  const closeRun = () => {
    if (run.length) parts.push(`(?:${run.join('|')})${WORD_BOUNDARY}`);
    run = [];
  };
  for (const fragment of fragments.map(fromClauseStart)) {
    if (endsWithBoundary(fragment)) run.push(fragment.slice(0, -TRAILING_BOUNDARY.length).replaceAll('\\b', WORD_BOUNDARY));
    else {
      closeRun();
      parts.push(fragment.replaceAll('\\b', WORD_BOUNDARY));
    }
  }
  closeRun();
  return parts.join('|');
}

/** One pattern matching any fragment from a word start. */
export function alternation(fragments: readonly string[]): RegExp {
  // An empty category (a language being added) must match nothing, not every word start.
  if (!fragments.length) return /(?!)/gu;
  return new RegExp(`${WORD_START}(?:${alternativesOf(fragments)})`, 'gu');
}

function compile(lexicon: Lexicon): CompiledLexicon {
  const { lang, stopwords, channels, context, answerValues, fieldNames, signupBlocks, filterBlocks, ...patterns } = lexicon;
  const regexes = Object.fromEntries(Object.entries(patterns).map(([key, fragments]) => [key, alternation(fragments)]));
  return {
    ...(regexes as Record<PatternKey, RegExp>),
    lang,
    stopwords: new Set(stopwords),
    channels: Object.entries(channels).map(([channel, words]) => [channel as Channel, alternation(words)]),
    context: Object.entries(context).map(([name, words]) => [name as ContextWords, alternation(words)]),
  };
}

/** Lexicons compiled once on first use; unknown codes fall back to English (or the first language given). */
export function lexiconFor(lang: string): CompiledLexicon {
  const code = LEXICONS[lang] ? lang : LEXICONS['en'] ? 'en' : LANGUAGES[0]!;
  let entry = compiled.get(code);
  if (!entry) compiled.set(code, (entry = compile(LEXICONS[code]!)));
  return entry;
}

// The literal gate (text/literal-index.ts) answers most misses before the pattern runs.
export function matchesOf(pattern: RegExp, text: string): string[] {
  if (!literalGate(pattern).mayMatch(text)) return [];
  pattern.lastIndex = 0;
  return text.match(pattern) ?? [];
}

/** Each match with where it starts. */
export function matchesAt(pattern: RegExp, text: string): RegExpMatchArray[] {
  if (!literalGate(pattern).mayMatch(text)) return [];
  pattern.lastIndex = 0;
  return [...text.matchAll(pattern)];
}

export function hasMatch(pattern: RegExp, text: string): boolean {
  if (!literalGate(pattern).mayMatch(text)) return false;
  pattern.lastIndex = 0;
  return pattern.test(text);
}

/** Replaces each match by a clause break, so removed phrases never join their neighbours. */
export function removeMatches(pattern: RegExp, text: string): string {
  if (!literalGate(pattern).mayMatch(text)) return text;
  pattern.lastIndex = 0;
  return text.replace(pattern, ' ; ');
}
