// npm run eval: how well the classifier reads the labelled corpus, on the lines it was tuned
// on (test/corpus/, "dev") and on whole sources set aside before tuning (test/corpus/sealed/).
// The gap between the two is how much the lexicons over-fit. Misses are listed for dev only;
// the sealed set shows only its confusion counts.
// With --dev: the dev lines only (for tuning). With --pages: found / false-marketing / verdict
// figures over every fixture page instead. With --agreement: a second labeller against the
// corpus labels, beside the classifier on the same lines.
import { readFileSync } from 'node:fs';
import { agreementOf, readCorpus, scoreCorpus } from './corpus-eval';
import type { SecondLabel } from './corpus-eval';
import type { CorpusLine, Scores } from './corpus-eval';
import { scorePages } from './pages-eval';

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

/**
 * A second labeller, blind to the corpus labels and to the classifier, labelled a random sample
 * again: scored against the corpus labels like a classifier, it shows how far careful people
 * agree, beside the classifier on the very same lines.
 */
function printAgreement(): void {
  const pct = (value: number) => `${(value * 100).toFixed(1)}`.padStart(6);
  const second = readFileSync('test/corpus/agreement/second-labeller.jsonl', 'utf8').split('\n').filter((line) => line.trim()).map((line) => JSON.parse(line) as SecondLabel);
  const parts = { dev: readCorpus('test/corpus'), sealed: readCorpus('test/corpus/sealed') };
  console.log(`second labeller: ${second.length} lines drawn at random from dev and sealed, labelled again without the labels or the classifier`);
  console.log('part     lines  marketing   second labeller: F1   kind   |  classifier: F1   kind');
  for (const [part, lines] of Object.entries(parts)) {
    const byText = new Map(lines.map((line) => [`${line.lang}|${line.text}`, line]));
    const pairs = second.flatMap((label) => {
      const line = byText.get(`${label.lang}|${label.text}`);
      return line ? [{ label, line }] : [];
    });
    const asLabeller = agreementOf(pairs.map(({ label, line }) => ({ expected: line, got: label })));
    const asClassifier = scoreCorpus(pairs.map(({ line }) => line));
    const marketing = pairs.filter(({ line }) => line.marketing).length;
    console.log(`${part.padEnd(8)} ${String(pairs.length).padStart(5)} ${String(marketing).padStart(10)}   ${pct(asLabeller.f1)} ${pct(asLabeller.kindAccuracy)}   |  ${pct(asClassifier.f1)} ${pct(asClassifier.kindAccuracy)}`);
  }
}

if (process.argv.includes('--pages')) printPages();
else if (process.argv.includes('--agreement')) printAgreement();
else printCorpus(process.argv.includes('--dev'));
