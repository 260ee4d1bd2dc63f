import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { classifyText } from '../src/core/index';
import type { Kind } from '../src/core/types';

export interface CorpusLine {
  text: string;
  checked: boolean;
  marketing: boolean;
  kind: Kind | null;
  thirdParty: boolean;
  source: string;
  lang: string;
}

export interface Scores {
  lines: number;
  precision: number;
  recall: number;
  f1: number;
  kindAccuracy: number;
  thirdPartyAccuracy: number;
  /** expected kind (or "none") → predicted kind (or "none") → count */
  confusion: Record<string, Record<string, number>>;
  misses: { line: CorpusLine; got: { marketing: boolean; kind: Kind | null; thirdParty: boolean } }[];
}

export function readCorpus(dir: string): CorpusLine[] {
  return readdirSync(dir).filter((file) => file.endsWith('.jsonl')).flatMap((file) => {
    const lang = file.replace('.jsonl', '');
    return readFileSync(join(dir, file), 'utf8').split('\n').filter((line) => line.trim())
      .map((line) => ({ ...(JSON.parse(line) as Omit<CorpusLine, 'lang'>), lang }));
  });
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

/** The same line labelled again by a second person (test/corpus/agreement/). */
export interface SecondLabel {
  text: string;
  lang: string;
  checked: boolean;
  marketing: boolean;
  kind: Kind | null;
  thirdParty: boolean;
  unsure: boolean;
}

/** A line the two readings disagree on, settled by a third reader who saw both and the rules. */
export interface SettledLabel {
  text: string;
  lang: string;
  marketing: boolean;
  kind: Kind | null;
  thirdParty: boolean;
  /** Which reading the third reader kept: the corpus's, the second one, or neither. */
  kept: 'corpus' | 'second' | 'neither';
}

type Reading = Pick<CorpusLine, 'marketing' | 'kind' | 'thirdParty'>;

/** Precision, recall and F1 of "is marketing"; kind and third-party accuracy on the marketing lines. */
export function scoreCorpus(lines: CorpusLine[]): Scores {
  return agreementOf(lines.map((line) => ({ expected: line, got: classifyText(line.text, { checked: line.checked, lang: line.lang }) })));
}

/** Scores of any reading (the classifier's, a second labeller's) against the corpus labels. */
export function agreementOf(pairs: { expected: CorpusLine; got: Reading }[]): Scores {
  let tp = 0, fp = 0, fn = 0, kindRight = 0, partyRight = 0, marketingLines = 0;
  const confusion: Scores['confusion'] = {};
  const misses: Scores['misses'] = [];
  for (const { expected: line, got } of pairs) {
    if (got.marketing && line.marketing) tp++;
    else if (got.marketing) fp++;
    else if (line.marketing) fn++;
    const expected = line.kind ?? 'none';
    const predicted = got.kind ?? 'none';
    (confusion[expected] ??= {})[predicted] = (confusion[expected]![predicted] ?? 0) + 1;
    if (line.marketing) {
      marketingLines++;
      if (got.kind === line.kind) kindRight++;
      if (got.thirdParty === line.thirdParty) partyRight++;
    }
    if (got.marketing !== line.marketing || got.kind !== line.kind || (line.marketing && got.thirdParty !== line.thirdParty)) {
      misses.push({ line, got: { marketing: got.marketing, kind: got.kind, thirdParty: got.thirdParty } });
    }
  }
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  return {
    lines: pairs.length, precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    kindAccuracy: ratio(kindRight, marketingLines), thirdPartyAccuracy: ratio(partyRight, marketingLines), confusion, misses,
  };
}
