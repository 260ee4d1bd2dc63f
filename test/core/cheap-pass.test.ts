import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mayBeMarketing } from '../../src/core/classify/may-be-marketing';
import { lexiconFor } from '../../src/core/lexicons/compiled';
import { ALL_LEXICONS, LANGUAGES, useLexicons } from '../../src/core/lexicons/index';
import { literalGate } from '../../src/core/text/literal-index';
import { normalizeText } from '../../src/core/text/normalize';

useLexicons(ALL_LEXICONS);

const corpusDir = new URL('../corpus/', import.meta.url);
const corpusTexts = readdirSync(corpusDir).filter((file) => file.endsWith('.jsonl'))
  .flatMap((file) => readFileSync(new URL(file, corpusDir), 'utf8').split('\n').filter(Boolean))
  .map((line) => normalizeText((JSON.parse(line) as { text: string }).text));

describe('the cheap first pass turns away what cannot be marketing, and nothing that can', () => {
  it.each(['Rood (12)', 'XL', 'Riese & Müller (5)', 'Onthoud mij', 'Bezorgen op een ander adres?', 'Same as billing address', 'Remember me', 'Größe 42'])(
    'a filter facet, size or account box (%s) leaves before any pattern runs',
    (label) => expect(mayBeMarketing(normalizeText(label))).toBe(false),
  );

  it.each(['Graag ontvang ik de nieuwsbrief', 'Email me with news and offers', 'Ich möchte den Newsletter erhalten', 'Je souhaite recevoir les offres de nos partenaires'])(
    'a marketing box (%s) goes on to the lexicons',
    (label) => expect(mayBeMarketing(normalizeText(label))).toBe(true),
  );

  it('every pattern of every lexicon that matches a corpus wording is let through by its literal gate', () => {
    const missed: string[] = [];
    for (const lang of LANGUAGES) {
      const lexicon = lexiconFor(lang);
      const patterns = [lexicon.marketing, lexicon.weakMarketing, lexicon.neverMatch, lexicon.reassurance, lexicon.thirdParty];
      for (const pattern of patterns) {
        for (const text of corpusTexts) {
          pattern.lastIndex = 0;
          if (pattern.test(text) && !literalGate(pattern).mayMatch(text)) missed.push(`${lang}: "${text}"`);
        }
      }
    }
    expect(missed).toEqual([]);
  }, 180_000); // every pattern over every corpus line: about 30 s on a loaded 2-core machine
});
