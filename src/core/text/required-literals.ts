// What every match of a lexicon fragment must contain, read from the fragment's own source:
// the cheap first pass looks for these strings before any pattern runs.

type Item =
  | { kind: 'char'; char: string; min: number; repeats: boolean }
  | { kind: 'group'; alternatives: Item[][]; min: number }
  | { kind: 'other'; min: number };

const CLASS_ESCAPES = 'dDwWsS';

class FragmentReader {
  private at = 0;
  constructor(private readonly source: string) {}

  alternatives(): Item[][] {
    const alternatives = [this.sequence()];
    while (this.source[this.at] === '|') {
      this.at++;
      alternatives.push(this.sequence());
    }
    return alternatives;
  }

  private sequence(): Item[] {
    const items: Item[] = [];
    while (this.at < this.source.length && this.source[this.at] !== '|' && this.source[this.at] !== ')') {
      const item = this.atom();
      const { min, repeats } = this.quantifier();
      if (item) items.push({ ...item, min: Math.min(min, 1), ...(item.kind === 'char' ? { repeats } : {}) } as Item);
    }
    return items;
  }

  /** One atom; null for what consumes no text (anchors, lookarounds, `\b`). */
  private atom(): Item | null {
    const source = this.source;
    const char = source[this.at++]!;
    if (char === '(') {
      const lookaround = /^\?<?[=!]/.test(source.slice(this.at, this.at + 3));
      if (lookaround) this.at += source[this.at + 1] === '<' ? 3 : 2;
      else if (source.startsWith('?:', this.at)) this.at += 2;
      else if (source.startsWith('?<', this.at)) this.at = source.indexOf('>', this.at) + 1;
      const alternatives = this.alternatives();
      this.at++;
      return lookaround ? null : { kind: 'group', alternatives, min: 1 };
    }
    if (char === '[') {
      for (; this.at < source.length && source[this.at] !== ']'; this.at++) if (source[this.at] === '\\') this.at++;
      this.at++;
      return { kind: 'other', min: 1 };
    }
    if (char === '^' || char === '$') return null;
    if (char === '.') return { kind: 'other', min: 1 };
    if (char !== '\\') return { kind: 'char', char, min: 1, repeats: false };
    const escaped = source[this.at++]!;
    if (escaped === 'b' || escaped === 'B') return null;
    if (CLASS_ESCAPES.includes(escaped)) return { kind: 'other', min: 1 };
    if (escaped === 'p' || escaped === 'P') {
      this.at = source.indexOf('}', this.at) + 1;
      return { kind: 'other', min: 1 };
    }
    if (escaped === 'u' && source[this.at] === '{') {
      this.at = source.indexOf('}', this.at) + 1;
      return { kind: 'other', min: 1 };
    }
    if (escaped === 'u' || escaped === 'x') {
      const length = escaped === 'u' ? 4 : 2;
      const code = source.slice(this.at, this.at + length);
      this.at += length;
      return { kind: 'char', char: String.fromCharCode(parseInt(code, 16)), min: 1, repeats: false };
    }
    // Punctuation stands for itself; any other escape (a back-reference, `\n`, `\cJ`) is left to the pattern.
    return /[\p{L}\p{N}]/u.test(escaped) ? { kind: 'other', min: 1 } : { kind: 'char', char: escaped, min: 1, repeats: false };
  }

  private quantifier(): { min: number; repeats: boolean } {
    const source = this.source;
    const char = source[this.at];
    let quantified: { min: number; repeats: boolean } = { min: 1, repeats: false };
    if (char === '?' || char === '*' || char === '+') {
      this.at++;
      quantified = { min: char === '+' ? 1 : 0, repeats: char !== '?' };
    } else if (char === '{' && /^\{\d+(,\d*)?\}/.test(source.slice(this.at))) {
      const [whole, min] = /^\{(\d+)(?:,\d*)?\}/.exec(source.slice(this.at))!;
      this.at += whole.length;
      quantified = { min: Number(min), repeats: true };
    }
    if (source[this.at] === '?' && quantified.repeats) this.at++;
    return quantified;
  }
}

/** The best of several literal sets: the longest shortest literal, then the fewest literals. */
function better(a: string[] | null, b: string[] | null): string[] | null {
  if (!a || !b) return a ?? b;
  const shortest = (set: string[]) => Math.min(...set.map((literal) => literal.length));
  if (shortest(a) !== shortest(b)) return shortest(a) > shortest(b) ? a : b;
  return a.length <= b.length ? a : b;
}

function ofAlternatives(alternatives: Item[][]): string[] | null {
  const sets = alternatives.map(ofSequence);
  return sets.every((set) => set !== null) ? [...new Set(sets.flat() as string[])] : null;
}

/**
 * Literal runs never hold a space: removals put " ; " into the text, so a match may lean on a
 * space that was not there, never on a letter that was not.
 */
function ofSequence(items: Item[]): string[] | null {
  let best: string[] | null = null;
  let run = '';
  const endRun = () => {
    if (run) best = better(best, [run]);
    run = '';
  };
  for (const item of items) {
    if (item.kind === 'char' && item.min >= 1 && item.char !== ' ') {
      run += item.char;
      if (item.repeats) endRun();
      continue;
    }
    endRun();
    if (item.kind === 'group' && item.min >= 1) best = better(best, ofAlternatives(item.alternatives));
  }
  endRun();
  return best;
}

/**
 * Strings of which every match of the regular-expression fragment contains at least one, or
 * null when the fragment can match without any literal (then only running it can tell).
 */
export function requiredLiterals(fragment: string): string[] | null {
  return ofAlternatives(new FragmentReader(fragment).alternatives());
}
