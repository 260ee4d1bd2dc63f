import { LANGUAGES } from '../lexicons/index';
import { lexiconFor } from '../lexicons/compiled';
import { normalizeText } from './normalize';

export interface LanguageGuess {
  lang: string;
  /** Other languages the text may be in, most likely first (all of them when nothing was recognised). */
  alternatives: string[];
}

const ASCII = /^[\x00-\x7f]*$/;
const ASCII_NON_WORD = /[^a-z']+/;
const NON_WORD = /[^\p{L}']+/u;

const stopwordIndexes = new Map<string, Map<string, string[]>>();

/** Each function word with the languages it belongs to, built once per set of languages. */
function languagesByStopword(): Map<string, string[]> {
  const key = LANGUAGES.join(',');
  let index = stopwordIndexes.get(key);
  if (!index) {
    index = new Map();
    for (const lang of LANGUAGES) for (const word of lexiconFor(lang).stopwords) index.set(word, [...(index.get(word) ?? []), lang]);
    stopwordIndexes.set(key, index);
  }
  return index;
}

function stopwordScores(normalized: string): Map<string, number> {
  const scores = new Map(LANGUAGES.map((lang) => [lang, 0]));
  const index = languagesByStopword();
  // In ASCII text the letters are a to z (normalized text is lower case): a plain split says the same, faster.
  for (const word of normalized.split(ASCII.test(normalized) ? ASCII_NON_WORD : NON_WORD)) {
    for (const lang of index.get(word) ?? []) scores.set(lang, scores.get(lang)! + 1);
  }
  return scores;
}

/** Enough of a form's text to tell its language; more only costs time. */
const TEXT_SAMPLE = 2000;

/**
 * The language of a longer text (a whole form's) when its function words show one clearly: at
 * least two, and more than any other language's. For a page that declares no language, a
 * label of a few words is read in its form's language.
 */
export function languageOfText(text: string): string | undefined {
  const ranked = [...stopwordScores(normalizeText(text.slice(0, TEXT_SAMPLE))).entries()].sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  return best && best[1] >= 2 && best[1] > (second?.[1] ?? 0) ? best[0] : undefined;
}

/** Counts each language's function words; a given hint wins unless another language clearly leads. */
export function detectLanguage(normalized: string, hint?: string): LanguageGuess {
  const scores = stopwordScores(normalized);
  const ranked = [...scores.entries()].sort((a, b) => b[1] - a[1]);
  const [bestLang, bestScore] = ranked[0]!;
  const hinted = hint ? hint.toLowerCase().slice(0, 2) : '';
  const hintHolds = LANGUAGES.includes(hinted) && (scores.get(hinted) ?? 0) + 1 >= bestScore;
  // Ties go to the page's language when it has one, else to the order of LANGUAGES.
  const lang = hintHolds ? hinted : bestScore > 0 ? bestLang : LANGUAGES.includes(hinted) ? hinted : 'en';
  const recognised = (scores.get(lang) ?? 0) > 0;
  // One shared function word is no evidence ("de", "en" are Dutch, French and Spanish): another
  // lexicon reads the label only on two of its words, and English always, for loanwords.
  const alternatives = ranked.filter(([other, score]) => other !== lang && (!recognised || score >= 2 || other === 'en')).map(([other]) => other);
  return { lang, alternatives };
}
