import { describe, expect, it } from 'vitest';
import { LEXICONS } from '../../src/core/lexicons/index';

// Meta-test: adding a language means filling every category another language has.
const reference = LEXICONS.en!;
const categories = Object.keys(reference) as (keyof typeof reference)[];

describe.each(Object.entries(LEXICONS))('lexicon %s', (code, lexicon) => {
  it('declares its own code', () => expect(lexicon.lang).toBe(code));

  it.each(categories.filter((key) => key !== 'lang'))('has a non-empty %s like every other language', (key) => {
    const value = lexicon[key];
    const entries = Array.isArray(value) ? value : Object.values(value).flat();
    expect(entries.length, `${code}.${String(key)} is empty: add real wording for it`).toBeGreaterThan(0);
    if (!Array.isArray(value)) expect(Object.keys(value).sort()).toEqual(Object.keys(reference[key] as object).sort());
  });

  it('has patterns that compile and are written in normalised form (no capitals or diacritics)', () => {
    const all = categories.flatMap((key) => (typeof lexicon[key] === 'string' ? [] : Object.values(lexicon[key] as object).flat()));
    for (const fragment of all as string[]) {
      expect(() => new RegExp(fragment, 'u'), fragment).not.toThrow();
      expect(fragment, `${code}: ${fragment}`).toBe(fragment.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase());
    }
  });
});
