// npm run eval: how well the classifier reads the labelled corpus in test/corpus/.
import { readCorpus, scoreCorpus } from './corpus-eval';
import type { Scores } from './corpus-eval';

const pct = (value: number) => `${(value * 100).toFixed(1)}%`;

function row(name: string, scores: Scores): string {
  return [name.padEnd(6), String(scores.lines).padStart(5), pct(scores.precision).padStart(9), pct(scores.recall).padStart(8),
    pct(scores.f1).padStart(7), pct(scores.kindAccuracy).padStart(8), pct(scores.thirdPartyAccuracy).padStart(11)].join(' ');
}

const lines = readCorpus('test/corpus');
const langs = [...new Set(lines.map((line) => line.lang))];
const overall = scoreCorpus(lines);
console.log('lang   lines precision  recall     F1     kind  thirdParty');
for (const lang of langs) console.log(row(lang, scoreCorpus(lines.filter((line) => line.lang === lang))));
console.log(row('all', overall));

const kinds = ['none', 'opt-in', 'soft-opt-in', 'negative', 'bundled'];
console.log('\nconfusion (rows: expected, columns: predicted)');
console.log(`${''.padEnd(12)}${kinds.map((kind) => kind.padStart(12)).join('')}`);
for (const expected of kinds) {
  console.log(`${expected.padEnd(12)}${kinds.map((kind) => String(overall.confusion[expected]?.[kind] ?? 0).padStart(12)).join('')}`);
}
if (overall.misses.length) {
  console.log(`\n${overall.misses.length} lines read differently:`);
  for (const { line, got } of overall.misses) {
    console.log(`  [${line.lang}] expected ${line.kind ?? 'none'}${line.thirdParty ? '+3P' : ''}, got ${got.kind ?? 'none'}${got.thirdParty ? '+3P' : ''}: ${line.text}`);
  }
}
