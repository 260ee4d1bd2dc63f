import type { CompiledLexicon } from '../lexicons/compiled';
import { hasMatch, matchesAt } from '../lexicons/compiled';
import { CLAUSE_BREAK } from '../text/breaks';

export interface Polarity {
  /** A tick means *no* marketing. */
  negative: boolean;
  /** The reader cannot be sure what a tick means. */
  doubleNegative: boolean;
  /** The wording itself tells how to refuse ("haal het vinkje weg als…"). */
  statesObjection: boolean;
  evidence: string[];
}

type FlipKey = 'negators' | 'negativeVerbs' | 'missVerbs' | 'untickInstructions';
type Readers = readonly CompiledLexicon[];

const anyMatch = (readers: Readers, key: 'untickInstructions' | 'tickInstructions' | 'marketing' | 'weakMarketing', clause: string) =>
  readers.some((lexicon) => hasMatch(lexicon[key], clause));

type Flip = { key: FlipKey; text: string; start: number };
const FLIP_KEYS: readonly FlipKey[] = ['negativeVerbs', 'untickInstructions', 'missVerbs', 'negators'];

/**
 * What flips the meaning of a tick, in every reader, each starting word once: the longest match
 * there wins ("no doy consentimiento" is one refusal, not a negative verb and a "no"; "no" is
 * English and Spanish). A negation inside a longer match still counts: "lehne … nicht ab".
 */
function flipsIn(readers: Readers, clause: string): Flip[] {
  const byStart = new Map<number, Flip>();
  for (const key of FLIP_KEYS) {
    for (const lexicon of readers) {
      for (const match of matchesAt(lexicon[key], clause)) {
        const flip = { key, text: match[0], start: match.index! };
        const known = byStart.get(flip.start);
        if (!known || known.text.length < flip.text.length) byStart.set(flip.start, flip);
      }
    }
  }
  return [...byStart.values()].sort((a, b) => a.start - b.start);
}

const aboutMarketing = (readers: Readers, clause: string) => anyMatch(readers, 'marketing', clause) || anyMatch(readers, 'weakMarketing', clause);

/**
 * The clause that says what a tick means: an (un)tick instruction wins, else the first about
 * marketing. An instruction that names no mailing ("Prefer not to receive updates? Tick here")
 * is read with the nearest clause before it that does, else the nearest after it.
 */
function decidingClause(clauses: string[], readers: Readers): string {
  const instructedAt = (key: 'untickInstructions' | 'tickInstructions') => clauses.findIndex((clause) => anyMatch(readers, key, clause));
  const at = [instructedAt('untickInstructions'), instructedAt('tickInstructions')].find((index) => index >= 0);
  if (at === undefined) return clauses.find((clause) => aboutMarketing(readers, clause)) ?? clauses.join(' ');
  const instructed = clauses[at]!;
  if (aboutMarketing(readers, instructed)) return instructed;
  const before = clauses.slice(0, at).reverse().find((clause) => aboutMarketing(readers, clause));
  if (before) return `${before} ${instructed}`;
  const after = clauses.slice(at + 1).find((clause) => aboutMarketing(readers, clause));
  return after ? `${instructed} ${after}` : instructed;
}

const isInstruction = (readers: Readers, clause: string) => anyMatch(readers, 'untickInstructions', clause) || anyMatch(readers, 'tickInstructions', clause);

/**
 * "Ik heb nog geen account, maar wil wel de nieuwsbrief": where a contrast word splits the clause
 * and only one side is about marketing, that side says what a tick means. An instruction keeps
 * its whole clause ("We'd love to mail you, but if you'd rather not, untick the box").
 */
function contrastedSide(clause: string, readers: Readers): string {
  const starts = readers.flatMap((lexicon) => matchesAt(lexicon.contrasts, clause)).map((match) => ({ at: match.index!, end: match.index! + match[0].length }));
  if (!starts.length || isInstruction(readers, clause)) return clause;
  starts.sort((a, b) => a.at - b.at);
  const sides = starts.map((start, i) => clause.slice(start.end, starts[i + 1]?.at ?? clause.length));
  sides.unshift(clause.slice(0, starts[0]!.at));
  const about = sides.filter((side) => aboutMarketing(readers, side));
  return about.length === 1 ? about[0]! : clause;
}

/**
 * "Send me offers if I haven't ordered in a while": a condition that names no mailing only says
 * when the mailing comes, and a negation inside it is not the tick's. A condition runs from its
 * word (each lexicon's `conditions`) to the next comma; it is set aside when the mailing is named
 * outside it ("Relancez-moi … si mon panier n'est pas validé"). An instruction keeps its whole
 * clause ("Tick if you do not wish to receive offers"), and so does a condition that names the
 * mailing ("Ik wil niet als eerste horen over aanbiedingen").
 */
function withoutConditions(clause: string, readers: Readers): string {
  const conditions = readers.flatMap((lexicon) => matchesAt(lexicon.conditions, clause));
  // Most labels hold no condition: they leave before the mailing is looked for a second time.
  if (!conditions.length || isInstruction(readers, clause)) return clause;
  const mailings = readers.flatMap((lexicon) => [...matchesAt(lexicon.marketing, clause), ...matchesAt(lexicon.weakMarketing, clause)]).map((match) => match.index!);
  const asides = conditions
    .map(({ index: at = 0 }) => [at, (clause.indexOf(',', at) + 1 || clause.length + 1) - 1] as const)
    .filter(([at, end]) => !mailings.some((start) => start >= at && start < end));
  const aside = (i: number) => asides.some(([at, end]) => i >= at && i < end);
  return !asides.length || mailings.every(aside) ? clause : clause.replace(/[^]/g, (char, i: number) => (aside(i) ? '' : char));
}

function countFlips(clause: string, readers: Readers) {
  const flips = flipsIn(readers, clause);
  const of = (...keys: FlipKey[]) => flips.filter((flip) => keys.includes(flip.key)).map((flip) => flip.text);
  const [negations, misses, unticks] = [of('negators', 'negativeVerbs'), of('missVerbs'), of('untickInstructions')];
  return { negations, misses, unticks, total: flips.length };
}

/** Every reader's "no" that opens the text: "Nee", "Nej tak", "No thanks". */
const leadingNos = (text: string, readers: Readers) =>
  readers.flatMap((lexicon) => matchesAt(lexicon.no, text)).filter((match) => match.index === 0);

/** "Nee, ik wil geen…": a leading "no" only repeats the negation that follows it. */
function withoutLeadingInterjection(clause: string, readers: Readers): string {
  const trimmed = clause.trim();
  const leading = leadingNos(trimmed, readers)[0];
  if (!leading) return trimmed;
  const rest = trimmed.slice(leading[0].length);
  // "No te pierdas nuestras ofertas": where "no" is also the negator, a miss verb alone is its idiom.
  const flips = countFlips(rest, readers);
  return flips.total > flips.misses.length ? rest : trimmed;
}

/** "Cancellami, non voglio ricevere altre email": parts between commas that each refuse say no together. */
function refusesInEachPart(clause: string, readers: Readers): boolean {
  const counts = clause.split(',').map((part) => countFlips(part, readers).total).filter((total) => total > 0);
  return counts.length >= 2 && counts.every((total) => total % 2 === 1);
}

const ANSWER_WORDS = 3;

/** What follows the deciding clause after a colon or question mark, up to the next break: the answer to a topic. */
function answerAfterTopic(text: string, deciding: string): string {
  const at = text.indexOf(deciding);
  const after = at < 0 ? '' : text.slice(at + deciding.length);
  const trimmed = after.trimStart();
  return /^[:?]/.test(trimmed) ? trimmed.slice(1).split(CLAUSE_BREAK)[0]! : '';
}

/**
 * How often a short answer after a topic flips it: "Newsletter: abbestellen" once, and a bare no
 * with at most a word of courtesy ("Reklamer: Nej tak", "Newsletter: no") once.
 */
function answerFlips(answer: string, readers: Readers): number {
  const trimmed = answer.trim();
  const words = (text: string) => (text.match(/\p{L}+/gu) ?? []).length;
  if (!trimmed || words(trimmed) > ANSWER_WORDS) return 0;
  const flips = countFlips(trimmed, readers).total;
  if (flips) return flips;
  const bareNo = leadingNos(trimmed, readers).some((match) => words(trimmed.slice(match[0].length)) <= 1);
  return bareNo ? 1 : 0;
}

/**
 * What a tick means, decided by counting negations *in the deciding clause only* (each
 * flips the meaning): "Ik wil geen reclame" → no; "Haal het vinkje weg als u geen
 * aanbiedingen wilt" → yes; "Ik wil geen aanbiedingen missen" → yes. Two negations that
 * are not one of those two idioms leave a reader unsure: `doubleNegative`. A label in one
 * language with a loanword only another lexicon knows ("Ik wil geen direct mail") is read with
 * both: the lexicon that found the marketing and the label's own.
 */
export function decidePolarity(text: string, readers: Readers): Polarity {
  const clauses = text.split(CLAUSE_BREAK).filter((clause) => clause.trim());
  const deciding = decidingClause(clauses, readers);
  const clause = withoutLeadingInterjection(withoutConditions(contrastedSide(deciding, readers), readers), readers);
  const counted = countFlips(clause, readers);
  // A topic with its answer after a colon or question mark: the answer holds the flips the topic lacks.
  const answered = counted.total === 0 ? answerFlips(answerAfterTopic(text, deciding), readers) : 0;
  const { negations, misses, unticks } = counted;
  const total = counted.total + answered;
  const idiom = total === 2 && (unticks.length > 0 || misses.length > 0);
  const reinforced = !idiom && total >= 2 && refusesInEachPart(clause, readers);
  return {
    negative: total % 2 === 1 || reinforced,
    doubleNegative: total >= 2 && !idiom && !reinforced,
    statesObjection: unticks.length > 0 || (total % 2 === 1 && (negations.length > 0 || answered > 0)),
    evidence: [...unticks, ...negations, ...misses],
  };
}
