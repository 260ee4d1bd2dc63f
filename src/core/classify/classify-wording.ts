import type { CompiledLexicon } from '../lexicons/compiled';
import { hasMatch, lexiconFor, matchesOf, removeMatches } from '../lexicons/compiled';
import type { LanguageGuess } from '../text/detect-language';
import { detectLanguage } from '../text/detect-language';
import { SENTENCE_BREAK } from '../text/breaks';
import { normalizeText } from '../text/normalize';
import type { Channel, Classification, Kind } from '../types';
import { mayBeMarketing } from './may-be-marketing';
import { decidePolarity } from './polarity';

const MAX_TEXT = 1200;
/** A product filter's option counts the products it holds, as in "… (12)"; no mailing carries a count. */
const FILTER_OPTION = /^[^()]{1,40}\(\s*\d+\s*\)$/;

/** An e-mail address says where mail goes, not what it is: "jan.geen@voorbeeld.nl" refuses nothing. */
const EMAIL_ADDRESS = /[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+/g;
const ADDRESS_STAND_IN = 'x@x';

/** The label as every lexicon reads it: normalized, each e-mail address a stand-in without words. */
const readableWording = (text: string) => normalizeText(text.slice(0, MAX_TEXT)).replace(EMAIL_ADDRESS, ADDRESS_STAND_IN);

/** The cheap first pass: false when no lexicon could read marketing in the wording (a filter option, "Onthoud mij"). */
const couldBeMarketing = (normalized: string) => mayBeMarketing(normalized) && !FILTER_OPTION.test(normalized);
export const mayReadAsMarketing = (text: string): boolean => couldBeMarketing(readableWording(text));

/** Without what only looks like a refusal: reassurances ("no spam") and unsubscribe notices. */
function withoutAsides(normalized: string, lexicon: CompiledLexicon): string {
  return removeMatches(lexicon.unsubscribeNotice, removeMatches(lexicon.reassurance, normalized));
}

/** Also without what only looks like marketing: order updates, "make an offer", cookie categories. */
function essentialWording(normalized: string, lexicon: CompiledLexicon): string {
  return removeMatches(lexicon.neverMatch, withoutAsides(normalized, lexicon));
}

/** Strong terms anywhere; a weak one ("e-mails", "updates") only in a sentence that also receives or signs up. */
function marketingTerms(text: string, lexicon: CompiledLexicon): { strong: string[]; weak: string[] } {
  const strong = matchesOf(lexicon.marketing, text);
  const receivingSentences = text.split(SENTENCE_BREAK).filter((sentence) => hasMatch(lexicon.receiving, sentence));
  return { strong, weak: receivingSentences.flatMap((sentence) => matchesOf(lexicon.weakMarketing, sentence)) };
}

/**
 * Pages mix languages: when the detected one finds nothing, another lexicon may. What the
 * detected language ruled out stays out ("Don't use promotional code" is no offer in Dutch
 * either), so the others read the text after its never-match phrases are gone; and a word it
 * holds weak ("kortingscode" without a receiving verb is a shop's code field) is no strong term
 * in another language's reading either.
 */
function lexiconWithMarketing(normalized: string, guess: LanguageGuess) {
  const detected = lexiconFor(guess.lang);
  const ruledOut = essentialWording(normalized, detected);
  const terms = marketingTerms(ruledOut, detected);
  if (terms.strong.length || terms.weak.length) return { lexicon: detected, essential: ruledOut, terms };
  for (const lexicon of guess.alternatives.map(lexiconFor)) {
    const essential = essentialWording(ruledOut, lexicon);
    const found = marketingTerms(essential, lexicon);
    if (found.strong.length && hasStrongBeyond(detected, ruledOut, lexicon)) return { lexicon, essential, terms: found };
  }
  return null;
}

/** Whether another lexicon finds a strong term once the detected lexicon's weak words are gone. */
function hasStrongBeyond(detected: CompiledLexicon, ruledOut: string, lexicon: CompiledLexicon): boolean {
  return hasMatch(lexicon.marketing, essentialWording(removeMatches(detected.weakMarketing, ruledOut), lexicon));
}

function channelsOf(normalized: string, lexicon: CompiledLexicon): Channel[] {
  return lexicon.channels.filter(([, pattern]) => hasMatch(pattern, normalized)).map(([channel]) => channel);
}

function kindOf(bundled: boolean, negative: boolean, checked: boolean): Kind {
  if (bundled) return 'bundled';
  if (negative) return 'negative';
  return checked ? 'soft-opt-in' : 'opt-in';
}

/** Whether the wording says what it is, and that is no mailing: terms to accept, an order notice, a code field, a filter option. */
export function namesSomethingElse(text: string, langHint?: string): boolean {
  const normalized = readableWording(text);
  if (FILTER_OPTION.test(normalized)) return true;
  const lexicon = lexiconFor(detectLanguage(normalized, langHint).lang);
  return hasMatch(lexicon.termsAcceptance, normalized) || hasMatch(lexicon.neverMatch, normalized);
}

const NOT_MARKETING = { marketing: false, kind: null, thirdParty: false, bundled: false, channels: [], wordingFindings: [] };

/** Classifies one control's wording: marketing or not, what a tick means, partners, channels. */
export function classifyWording(text: string, checked: boolean, langHint?: string): Classification {
  const normalized = readableWording(text);
  const guess = detectLanguage(normalized, langHint);
  const found = couldBeMarketing(normalized) ? lexiconWithMarketing(normalized, guess) : null;
  if (!found) return { ...NOT_MARKETING, lang: guess.lang, confidence: normalized ? 0.9 : 0.5, evidence: [] };

  const { lexicon, essential, terms } = found;
  const polarity = decidePolarity(essential, [...new Set([lexicon, lexiconFor(guess.lang)])]);
  // Terms are read before the never-match phrases go: "terms of sale" is one of them.
  const bundled = hasMatch(lexicon.termsAcceptance, withoutAsides(normalized, lexicon));
  const partners = matchesOf(lexicon.thirdParty, essential);
  const named = channelsOf(normalized, lexicon);
  const wordingFindings: string[] = [];
  if (polarity.doubleNegative) wordingFindings.push('double-negative');
  if (!terms.strong.length && hasMatch(lexicon.vaguePurpose, essential)) wordingFindings.push('vague-purpose');
  // Only a general word such as "e-mails" says this is advertising: a reader cannot be sure.
  if (!terms.strong.length) wordingFindings.push('weak-evidence');
  if (!named.length) wordingFindings.push('channel-not-named');
  const confidence = Math.min(0.99, 0.6 + (terms.strong.length ? 0.25 : 0) + (polarity.doubleNegative ? -0.25 : 0.09));
  return {
    lang: lexicon.lang,
    marketing: true,
    kind: kindOf(bundled, polarity.negative, checked),
    thirdParty: partners.length > 0,
    bundled,
    channels: named.length ? named : ['email'],
    confidence: Math.round(confidence * 100) / 100,
    evidence: [...new Set([...terms.strong, ...terms.weak, ...polarity.evidence, ...partners])],
    wordingFindings,
  };
}
