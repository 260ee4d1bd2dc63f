import { requiredLiterals } from './required-literals';

/** Two UTF-16 units as one number: no string is made per position. */
const pairAt = (text: string, at: number) => text.charCodeAt(at) * 65536 + (text.charCodeAt(at + 1) || 0);

/**
 * A cheap "could any of these fragments match?" for many fragments at once: each fragment's
 * required literals, looked up by their first two characters. A no is certain; a yes only
 * means the patterns themselves must run.
 */
export class LiteralIndex {
  private readonly byPair = new Map<number, string[]>();
  private readonly singles = new Set<string>();
  /** Some fragment can match without a literal: every text may match. */
  private readonly unbounded: boolean;

  constructor(fragments: readonly string[]) {
    const sets = fragments.map(requiredLiterals);
    this.unbounded = sets.some((set) => set === null);
    for (const literal of new Set(sets.flatMap((set) => set ?? []))) {
      if (literal.length === 1) {
        this.singles.add(literal);
        continue;
      }
      const pair = pairAt(literal, 0);
      this.byPair.set(pair, [...(this.byPair.get(pair) ?? []), literal]);
    }
  }

  mayMatch(text: string): boolean {
    if (this.unbounded) return true;
    for (let i = 0; i < text.length; i++) {
      if (this.singles.size && this.singles.has(text[i]!)) return true;
      const literals = this.byPair.get(pairAt(text, i));
      if (literals && literals.some((literal) => text.startsWith(literal, i))) return true;
    }
    return false;
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
