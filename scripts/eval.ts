// npm run eval: how well the classifier reads the labelled corpus, on the lines it was tuned
// on (test/corpus/, "dev") and on whole sources set aside before tuning (test/corpus/sealed/).
// The gap between the two is how much the lexicons over-fit. Misses are listed for dev only;
// the sealed set shows only its confusion counts.
// With --dev: the dev lines only (for tuning). With --pages: found / false-marketing / verdict
// figures over every fixture page instead. With --agreement: a second labeller's sample and the
// whole sealed set's second reading against the corpus labels, beside the classifier on the same
// lines, and the classifier against the labels settled where the two readings differ. With
// --classes: the wording-class probes, a class by language matrix and every probe read wrong.
import { existsSync, readFileSync } from 'node:fs';
import { agreementOf, readCorpus, scoreCorpus } from './corpus-eval';
import type { SecondLabel, SettledLabel } from './corpus-eval';
import type { CorpusLine, Scores } from './corpus-eval';
import { scorePages } from './pages-eval';
import { PROBE_LANGUAGES, readingsOf, readProbes, WORDING_CLASSES } from './wording-classes';

const AGREEMENT = 'test/corpus/agreement';

function printPages(): void {
  const s = scorePages('test/fixtures');
  const share = (a: number, b: number) => `${(b ? (a / b) * 100 : 100).toFixed(1)} %`;
  console.log(`fixture pages: ${s.pages}`);
  console.log(`found           ${share(s.found, s.expectedMarketing)}  (${s.found} of ${s.expectedMarketing} expected marketing boxes)`);
  console.log(`false marketing ${s.falseMarketing}  (boxes reported as marketing that the fixtures say are not)`);
  console.log(`verdict         ${share(s.pageVerdicts, s.pages)}  pages (${s.pageVerdicts} of ${s.pages}), ${share(s.formVerdicts, s.expectedFormVerdicts)} forms (${s.formVerdicts} of ${s.expectedFormVerdicts})`);
  for (const miss of s.misses) console.log(`  ${miss}`);
}

function printCorpus(devOnly: boolean): void {
  const pct = (value: number) => `${(value * 100).toFixed(1)}`.padStart(6);
  const cells = (scores: Scores) => `${String(scores.lines).padStart(5)} ${pct(scores.precision)} ${pct(scores.recall)} ${pct(scores.f1)} ${pct(scores.kindAccuracy)} ${pct(scores.thirdPartyAccuracy)}`;

  const dev = readCorpus('test/corpus');
  // --dev: what a tuner may look at. The sealed figures are not read at all, so they cannot steer a change.
  const sealed = devOnly ? [] : readCorpus('test/corpus/sealed');
  const langs = [...new Set([...dev, ...sealed].map((line) => line.lang))];
  const of = (lines: CorpusLine[], lang?: string) => scoreCorpus(lang ? lines.filter((line) => line.lang === lang) : lines);

  const sealedHeads = devOnly ? ['', ''] : ['   ----------- sealed (held out) -----------', '    lines  prec.  recall    F1   kind    3P   F1 gap'];
  console.log(`       ------------ dev (tuned on) -------------${sealedHeads[0]}`);
  console.log(`lang   lines  prec.  recall    F1   kind    3P${sealedHeads[1]}`);
  for (const lang of [...langs, undefined]) {
    const [d, s] = [of(dev, lang), of(sealed, lang)];
    console.log(`${(lang ?? 'all').padEnd(6)} ${cells(d)}${devOnly ? '' : `   ${cells(s)}  ${pct(d.f1 - s.f1)}`}`);
  }

  const kinds = ['none', 'opt-in', 'soft-opt-in', 'negative', 'bundled'];
  const confusion = (name: string, scores: Scores) => {
    console.log(`\n${name} confusion (rows: expected, columns: predicted)`);
    console.log(`${''.padEnd(12)}${kinds.map((kind) => kind.padStart(12)).join('')}`);
    for (const expected of kinds) {
      console.log(`${expected.padEnd(12)}${kinds.map((kind) => String(scores.confusion[expected]?.[kind] ?? 0).padStart(12)).join('')}`);
    }
  };
  const overall = of(dev);
  confusion('dev', overall);
  // Counts only: which kinds the held-out wording is misread as, never which lines.
  if (!devOnly) confusion('sealed', of(sealed));
  if (overall.misses.length) {
    console.log(`\n${overall.misses.length} dev lines read differently (sealed misses stay unseen):`);
    for (const { line, got } of overall.misses) {
      console.log(`  [${line.lang}] expected ${line.kind ?? 'none'}${line.thirdParty ? '+3P' : ''}, got ${got.kind ?? 'none'}${got.thirdParty ? '+3P' : ''}: ${line.text}`);
    }
  }
}

const readLabels = <T>(file: string): T[] =>
  existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter((line) => line.trim()).map((line) => JSON.parse(line) as T) : [];
const keyOf = (line: { lang: string; text: string }) => `${line.lang}|${line.text}`;

/** Each corpus line with the label another reader gave it, where there is one. */
function pairsWith<T extends { lang: string; text: string }>(lines: CorpusLine[], labels: T[]): { line: CorpusLine; label: T }[] {
  const byKey = new Map(labels.map((label) => [keyOf(label), label]));
  return lines.flatMap((line) => {
    const label = byKey.get(keyOf(line));
    return label ? [{ line, label }] : [];
  });
}

/**
 * A second labeller, blind to the corpus labels and to the classifier, labelled a random sample
 * again: scored against the corpus labels like a classifier, it shows how far careful people
 * agree, beside the classifier on the very same lines.
 */
function printSample(pct: (value: number) => string): void {
  const second = readLabels<SecondLabel>(`${AGREEMENT}/second-labeller.jsonl`);
  const parts = { dev: readCorpus('test/corpus'), sealed: readCorpus('test/corpus/sealed') };
  console.log(`second labeller: ${second.length} lines drawn at random from dev and sealed, labelled again without the labels or the classifier`);
  console.log('part     lines  marketing   second labeller: F1   kind   |  classifier: F1   kind');
  for (const [part, lines] of Object.entries(parts)) {
    const pairs = pairsWith(lines, second);
    const asLabeller = agreementOf(pairs.map(({ label, line }) => ({ expected: line, got: label })));
    const asClassifier = scoreCorpus(pairs.map(({ line }) => line));
    const marketing = pairs.filter(({ line }) => line.marketing).length;
    console.log(`${part.padEnd(8)} ${String(pairs.length).padStart(5)} ${String(marketing).padStart(10)}   ${pct(asLabeller.f1)} ${pct(asLabeller.kindAccuracy)}   |  ${pct(asClassifier.f1)} ${pct(asClassifier.kindAccuracy)}`);
  }
}

/**
 * The whole sealed set read a second time, blind, and each line where the two readings differ
 * settled by a third reader who saw both readings and the rules but not the classifier. The
 * corpus lines stay as they are; the settled labels are a second yardstick beside them.
 */
function printSealedSecondReading(pct: (value: number) => string): void {
  const second = readLabels<SecondLabel>(`${AGREEMENT}/sealed-second-reading.jsonl`);
  if (!second.length) return;
  const settled = new Map(readLabels<SettledLabel>(`${AGREEMENT}/sealed-settled.jsonl`).map((label) => [keyOf(label), label]));
  const sealed = readCorpus('test/corpus/sealed');
  const settledLine = (line: CorpusLine): CorpusLine => {
    const label = settled.get(keyOf(line));
    return label ? { ...line, marketing: label.marketing, kind: label.kind, thirdParty: label.thirdParty } : line;
  };
  const read = pairsWith(sealed, second);
  console.log(`\nsealed set read again: ${read.length} of ${sealed.length} lines, blind; ${settled.size} lines where the readings differ settled by a third reader`);
  console.log('lang   lines   second reading vs corpus: F1   kind  |  classifier vs corpus: F1   kind  |  vs settled labels: F1   kind    3P');
  for (const lang of [...new Set(read.map(({ line }) => line.lang)), undefined]) {
    const pairs = read.filter(({ line }) => !lang || line.lang === lang);
    const human = agreementOf(pairs.map(({ label, line }) => ({ expected: line, got: label })));
    const classifier = scoreCorpus(pairs.map(({ line }) => line));
    const againstSettled = scoreCorpus(pairs.map(({ line }) => settledLine(line)));
    console.log(`${(lang ?? 'all').padEnd(6)} ${String(pairs.length).padStart(5)}   ${' '.repeat(20)}${pct(human.f1)} ${pct(human.kindAccuracy)}  |  ${' '.repeat(16)}${pct(classifier.f1)} ${pct(classifier.kindAccuracy)}  |  ${' '.repeat(13)}${pct(againstSettled.f1)} ${pct(againstSettled.kindAccuracy)} ${pct(againstSettled.thirdPartyAccuracy)}`);
  }
}

function printAgreement(): void {
  const pct = (value: number) => `${(value * 100).toFixed(1)}`.padStart(6);
  printSample(pct);
  printSealedSecondReading(pct);
}

/** Class by language: ✓ where every probe reads as its class says, else how many of them do. */
function printClasses(): void {
  const readings = PROBE_LANGUAGES.flatMap((lang) => readingsOf(readProbes(lang)));
  const width = Math.max(...WORDING_CLASSES.map((wordingClass) => wordingClass.id.length)) + 2;
  console.log(`wording classes: ${WORDING_CLASSES.length}, probes: ${readings.length}, read right: ${readings.filter((reading) => reading.right).length}`);
  console.log(`${'class'.padEnd(width)}${PROBE_LANGUAGES.map((lang) => lang.padStart(5)).join('')}`);
  for (const { id } of WORDING_CLASSES) {
    const cells = PROBE_LANGUAGES.map((lang) => {
      const mine = readings.filter(({ probe }) => probe.lang === lang && probe.class === id);
      const right = mine.filter((reading) => reading.right).length;
      return (mine.length === 0 ? '·' : right === mine.length ? '✓' : `${right}/${mine.length}`).padStart(5);
    });
    console.log(`${id.padEnd(width)}${cells.join('')}`);
  }
  const kindOf = (reading: { kind: string | null; thirdParty: boolean }) => `${reading.kind ?? 'none'}${reading.thirdParty ? '+3P' : ''}`;
  for (const { probe, expected, got } of readings.filter((reading) => !reading.right)) {
    console.log(`  [${probe.lang}] ${probe.class}: expected ${kindOf(expected)}, got ${kindOf(got)}: ${probe.text}`);
  }
}

if (process.argv.includes('--pages')) printPages();
else if (process.argv.includes('--classes')) printClasses();
else if (process.argv.includes('--agreement')) printAgreement();
else printCorpus(process.argv.includes('--dev'));
