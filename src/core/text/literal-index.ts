import { requiredLiterals } from './required-literals';

const escaped = (literal: string) => literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A cheap "could any of these fragments match?" for many fragments at once: one alternation of
 * every fragment's required literals, which the regex engine scans natively (several times
 * faster than a lookup per position in script). A no is certain; a yes only means the patterns
 * themselves must run.
 */
export class LiteralIndex {
  /** null: some fragment can match without a literal, so every text may match. */
  private readonly anyLiteral: RegExp | null;

  constructor(fragments: readonly string[]) {
    const sets = fragments.map(requiredLiterals);
    const literals = sets.some((set) => set === null) ? null : [...new Set(sets.flatMap((set) => set ?? []))];
    // No literal at all (no fragments) can never match.
    this.anyLiteral = literals && new RegExp(literals.length ? literals.map(escaped).join('|') : '[^\\s\\S]');
  }

  mayMatch(text: string): boolean {
    return this.anyLiteral === null || this.anyLiteral.test(text);
  }
}

const gates = new WeakMap<RegExp, LiteralIndex>();
/** `.` holds no literal: an index that lets every text through, for patterns that ignore case. */
const ANY_TEXT = new LiteralIndex(['.']);

/** The literal index of one compiled pattern (case-sensitive ones only), made once per pattern. */
export function literalGate(pattern: RegExp): LiteralIndex {
  let gate = gates.get(pattern);
  if (!gate) gates.set(pattern, (gate = pattern.flags.includes('i') ? ANY_TEXT : new LiteralIndex([pattern.source])));
  return gate;
}
