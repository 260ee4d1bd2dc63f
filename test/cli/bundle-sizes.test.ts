import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ALL_LEXICONS } from '../../src/core/lexicons/index';
import { RULES } from '../../src/core/rules/index';
import { ENGINE_WITH_ONE_LANGUAGE_BUDGET_KB, SENTINEL_BUDGET_KB, bundleSizes, engineWith, lexiconChunks } from '../../scripts/bench/bundle-sizes';

// The tier's global setup built extension/ and dist/.
describe('what a page loads (issue 12)', () => {
  it(`every page gets a sentinel of at most ${SENTINEL_BUDGET_KB} KB minified`, () => {
    const sentinel = bundleSizes().find((row) => row.file === 'extension/content.js')!;
    expect(sentinel.minifiedKb).toBeLessThanOrEqual(SENTINEL_BUDGET_KB);
  });

  it.each(lexiconChunks())(`the engine with %s stays within ${ENGINE_WITH_ONE_LANGUAGE_BUDGET_KB} KB minified`, (chunk) => {
    expect(engineWith(chunk).minifiedKb).toBeLessThanOrEqual(ENGINE_WITH_ONE_LANGUAGE_BUDGET_KB);
  });

  it('carries each language in its own chunk only: neither the sentinel nor the engine holds a lexicon, the sentinel no rule', () => {
    const built = (file: string) => readFileSync(file, 'utf8');
    const [sentinel, engine] = [built('extension/content.js'), built('extension/engine.js')];
    for (const lexicon of ALL_LEXICONS) {
      const chunk = built(`extension/lexicons/${lexicon.lang}.js`);
      // Its longest pattern that minifying leaves as written: plain ASCII, no escapes.
      const word = lexicon.marketing.filter((fragment) => /^[a-z -]+$/.test(fragment)).sort((a, b) => b.length - a.length)[0]!;
      expect(chunk).toContain(word);
      expect([sentinel.includes(word), engine.includes(word)], `${lexicon.lang}: ${word}`).toEqual([false, false]);
    }
    for (const rule of RULES) expect(sentinel).not.toContain(rule.id);
  });
});
