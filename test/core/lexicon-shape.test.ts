import { describe, expect, it } from 'vitest';
import { ALL_LEXICONS } from '../../src/core/lexicons/index';
import { en } from '../../src/core/lexicons/en';

// Meta-test: adding a language means filling every category another language has.
const reference = en;
const categories = Object.keys(reference) as (keyof typeof reference)[];

describe.each(ALL_LEXICONS.map((lexicon) => [lexicon.lang, lexicon] as const))('lexicon %s', (code, lexicon) => {
  it('lives in its own file, lexicons/<code>.ts, under its own code', async () => {
    expect((await import(`../../src/core/lexicons/${code}.ts`))[code]).toBe(lexicon);
  });

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
