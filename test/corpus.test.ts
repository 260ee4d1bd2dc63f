import { describe, expect, it } from 'vitest';
import { readCorpus, scoreCorpus } from '../scripts/corpus-eval';
import type { CorpusLine } from '../scripts/corpus-eval';

const dev = readCorpus('test/corpus');
const sealed = readCorpus('test/corpus/sealed');
const KINDS = ['opt-in', 'soft-opt-in', 'negative', 'bundled'];
const LANGS = ['nl', 'en', 'de', 'fr', 'es', 'it', 'pt', 'pl', 'sv', 'da'];
const FIRST_FOUR = ['nl', 'en', 'de', 'fr'];

/** The label rules of test/corpus/README.md that a line can break on its own. */
function problems(line: CorpusLine): string[] {
  const found: string[] = [];
  if (!line.text.trim() || /<[a-z/]|%s|\{[a-z_]+\}/i.test(line.text)) found.push('text is empty or holds markup or a placeholder');
  if (![line.checked, line.marketing, line.thirdParty].every((value) => typeof value === 'boolean')) found.push('checked, marketing and thirdParty are booleans');
  if (!line.source?.trim()) found.push('no source');
  if (line.marketing && !KINDS.includes(line.kind ?? '')) found.push(`kind ${line.kind} is not one of ${KINDS.join(', ')}`);
  if (!line.marketing && (line.kind !== null || line.thirdParty)) found.push('a non-marketing line has kind null and no third party');
  if (line.kind === 'opt-in' && line.checked) found.push('opt-in but checked');
  if (line.kind === 'soft-opt-in' && !line.checked) found.push('soft-opt-in but not checked');
  return found;
}

describe('labelled corpus of real checkbox wording', () => {
  it('follows the label rules on every line, dev and sealed', () => {
    const broken = [...dev, ...sealed].flatMap((line) => problems(line).map((problem) => `[${line.lang}] ${line.text.slice(0, 60)}: ${problem}`));
    expect(broken).toEqual([]);
  });

  it('holds no text twice within a language, across dev and sealed', () => {
    const seen = new Set<string>();
    const twice = [...dev, ...sealed].filter((line) => seen.size === seen.add(`${line.lang}|${line.text}`).size).map((line) => `[${line.lang}] ${line.text}`);
    expect(twice).toEqual([]);
  });

  it('never shares a source between dev and sealed lines (the split is by source)', () => {
    const source = (line: CorpusLine) => `${line.lang}|${line.source.startsWith('handwritten') ? 'handwritten' : line.source.split(':')[0]}`;
    const devSources = new Set(dev.map(source));
    expect([...new Set(sealed.map(source).filter((s) => devSources.has(s)))]).toEqual([]);
  });

  it('is large and varied enough to mean something', () => {
    const size = (lang: string) => [...dev, ...sealed].filter((line) => line.lang === lang).length;
    for (const lang of FIRST_FOUR) expect(size(lang), lang).toBeGreaterThanOrEqual(400);
    for (const lang of LANGS.filter((code) => !FIRST_FOUR.includes(code))) expect(size(lang), lang).toBeGreaterThanOrEqual(160);
    expect(sealed.length / (dev.length + sealed.length)).toBeGreaterThanOrEqual(0.2);
    const all = [...dev, ...sealed];
    expect(all.filter((line) => !line.marketing).length / all.length).toBeGreaterThanOrEqual(0.4);
  });

  it.each(LANGS)('%s: its lexicon reads the dev lines it was tuned on with F1 ≥ 0.95 and kind accuracy ≥ 0.95', (lang) => {
    const scores = scoreCorpus(dev.filter((line) => line.lang === lang));
    expect(scores.f1).toBeGreaterThanOrEqual(0.95);
    expect(scores.kindAccuracy).toBeGreaterThanOrEqual(0.95);
  });

  // Floors against regressions on wording nobody tuned for, not the goal (F1 0.98, kind 0.97,
  // third party 0.98 per language); npm run eval prints where each language stands. The seventh
  // pass sealed partner wordings the lexicons had not met (third party 96.8 → 95.3 before tuning).
  // Raised after the ninth tuning round (89.5 / 85.6 / 95.6), leaving room for a new pass's harder sources.
  it('reads the sealed lines, all languages together, with F1 ≥ 0.88, kind ≥ 0.83, third party ≥ 0.94', () => {
    const scores = scoreCorpus(sealed);
    expect(scores.f1).toBeGreaterThanOrEqual(0.88);
    expect(scores.kindAccuracy).toBeGreaterThanOrEqual(0.83);
    expect(scores.thirdPartyAccuracy).toBeGreaterThanOrEqual(0.94);
  });

  it.each(LANGS)('%s: reads its sealed lines with F1 ≥ 0.70', (lang) => {
    expect(scoreCorpus(sealed.filter((line) => line.lang === lang)).f1).toBeGreaterThanOrEqual(0.70);
  });
});
