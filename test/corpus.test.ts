import { describe, expect, it } from 'vitest';
import { readCorpus, scoreCorpus } from '../scripts/corpus-eval';

const lines = readCorpus('test/corpus');

describe('labelled corpus of real checkbox wording', () => {
  it('is large and varied enough to mean something', () => {
    expect(lines.length).toBeGreaterThanOrEqual(400);
    for (const lang of ['nl', 'en', 'de', 'fr']) expect(lines.filter((line) => line.lang === lang).length, lang).toBeGreaterThanOrEqual(80);
    expect(lines.filter((line) => !line.marketing).length / lines.length).toBeGreaterThanOrEqual(0.35);
    expect(lines.every((line) => line.source.trim().length > 0)).toBe(true);
  });

  it('is read with F1 ≥ 0.95 for "is marketing" and ≥ 0.95 accuracy of kind (npm run eval shows the misses)', () => {
    const scores = scoreCorpus(lines);
    expect(scores.f1).toBeGreaterThanOrEqual(0.95);
    expect(scores.kindAccuracy).toBeGreaterThanOrEqual(0.95);
  });
});
