// The wording-class probes (test/wording-classes/): for each everyday class of checkbox wording,
// natural labels in every language, written blind to the classifier. What each class must read
// as lives once, in classes.json; each probe names its class.
import { existsSync, readFileSync } from 'node:fs';
import { classifyText } from '../src/core/index';
import { ALL_LEXICONS } from '../src/core/lexicons/index';
import type { Kind } from '../src/core/types';

const DIR = 'test/wording-classes';

export interface WordingClass {
  id: string;
  /** positive: a tick means yes (opt-in, or soft-opt-in when pre-ticked); negative: a tick means no. */
  reads: 'positive' | 'negative' | 'bundled' | 'none';
  thirdParty: boolean;
  about: string;
}

export interface Probe {
  lang: string;
  class: string;
  text: string;
  checked: boolean;
}

export interface ProbeReading {
  probe: Probe;
  expected: { kind: Kind | null; thirdParty: boolean };
  got: { kind: Kind | null; thirdParty: boolean };
  right: boolean;
}

/** Every language the engine reads has probes of every class. */
export const PROBE_LANGUAGES = ALL_LEXICONS.map((lexicon) => lexicon.lang);

export const WORDING_CLASSES: WordingClass[] = JSON.parse(readFileSync(`${DIR}/classes.json`, 'utf8'));

export function readProbes(lang: string): Probe[] {
  const file = `${DIR}/${lang}.jsonl`;
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8').split('\n').filter((line) => line.trim()).map((line) => ({ ...(JSON.parse(line) as Omit<Probe, 'lang'>), lang }));
}

function expectedKind(reads: WordingClass['reads'], checked: boolean): Kind | null {
  if (reads === 'none') return null;
  if (reads === 'positive') return checked ? 'soft-opt-in' : 'opt-in';
  return reads;
}

/** Each probe beside what its class says it must read as and what the classifier reads. */
export function readingsOf(probes: Probe[]): ProbeReading[] {
  const classes = new Map(WORDING_CLASSES.map((wordingClass) => [wordingClass.id, wordingClass]));
  return probes.map((probe) => {
    const wordingClass = classes.get(probe.class);
    if (!wordingClass) throw new Error(`probe of unknown class ${probe.class}: ${probe.text}`);
    const expected = { kind: expectedKind(wordingClass.reads, probe.checked), thirdParty: wordingClass.thirdParty };
    const reading = classifyText(probe.text, { lang: probe.lang, checked: probe.checked });
    const got = { kind: reading.marketing ? reading.kind : null, thirdParty: reading.thirdParty };
    const right = got.kind === expected.kind && (expected.kind === null || got.thirdParty === expected.thirdParty);
    return { probe, expected, got, right };
  });
}
