import type { CompiledLexicon } from '../lexicons/compiled';
import { hasMatch, matchesOf } from '../lexicons/compiled';
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

/** The clause that says what a tick means: an (un)tick instruction wins, else the first about marketing. */
function decidingClause(clauses: string[], lexicon: CompiledLexicon): string {
  const instructed =
    clauses.find((clause) => hasMatch(lexicon.untickInstructions, clause)) ??
    clauses.find((clause) => hasMatch(lexicon.tickInstructions, clause));
  if (instructed) return instructed;
  return (
    clauses.find((clause) => hasMatch(lexicon.marketing, clause) || hasMatch(lexicon.weakMarketing, clause)) ??
    clauses.join(' ')
  );
}

function countFlips(clause: string, lexicon: CompiledLexicon) {
  const negations = [...matchesOf(lexicon.negators, clause), ...matchesOf(lexicon.negativeVerbs, clause)];
  const misses = matchesOf(lexicon.missVerbs, clause);
  const unticks = matchesOf(lexicon.untickInstructions, clause);
  return { negations, misses, unticks, total: negations.length + misses.length + unticks.length };
}

/** "Nee, ik wil geen…": a leading "no" only repeats the negation that follows it. */
function withoutLeadingInterjection(clause: string, lexicon: CompiledLexicon): string {
  const trimmed = clause.trim();
  lexicon.no.lastIndex = 0;
  const leading = lexicon.no.exec(trimmed);
  if (!leading || leading.index !== 0) return trimmed;
  const rest = trimmed.slice(leading[0].length);
  return countFlips(rest, lexicon).total > 0 ? rest : trimmed;
}

/**
 * What a tick means, decided by counting negations *in the deciding clause only* (each
 * flips the meaning): "Ik wil geen reclame" → no; "Haal het vinkje weg als u geen
 * aanbiedingen wilt" → yes; "Ik wil geen aanbiedingen missen" → yes. Two negations that
 * are not one of those two idioms leave a reader unsure: `doubleNegative`.
 */
export function decidePolarity(text: string, lexicon: CompiledLexicon): Polarity {
  const clauses = text.split(CLAUSE_BREAK).filter((clause) => clause.trim());
  const clause = withoutLeadingInterjection(decidingClause(clauses, lexicon), lexicon);
  const { negations, misses, unticks, total } = countFlips(clause, lexicon);
  const idiom = total === 2 && (unticks.length > 0 || misses.length > 0);
  return {
    negative: total % 2 === 1,
    doubleNegative: total >= 2 && !idiom,
    statesObjection: unticks.length > 0 || (total % 2 === 1 && negations.length > 0),
    evidence: [...unticks, ...negations, ...misses],
  };
}
