import { spawnSync } from 'node:child_process';

// A fresh engine builds each lexicon's patterns on first use: every page the extension scans,
// every CLI run. Timed in fresh node processes on the page-injectable engine, against the next label.
const ENGINE = 'dist/vinkje-engine.js';
const PROBE = `
require('node:vm').runInThisContext(require('node:fs').readFileSync(${JSON.stringify(ENGINE)}, 'utf8'));
const time = (text) => { const start = performance.now(); vinkje.classifyText(text, { lang: 'nl' }); return performance.now() - start; };
console.log(JSON.stringify([time('Ja, ik wil de nieuwsbrief ontvangen'), time('Graag ontvang ik aanbiedingen van partners')]));`;

export interface FirstLabelFigure {
  /** Milliseconds for the first label a fresh engine reads (its patterns are built), and for the next one. */
  firstMs: number;
  nextMs: number;
}

export function firstLabelCost(processes = 5): FirstLabelFigure {
  const runs = Array.from({ length: processes }, () => {
    const { stdout } = spawnSync(process.execPath, ['-e', PROBE], { encoding: 'utf8' });
    return JSON.parse(stdout) as [number, number];
  });
  const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  return { firstMs: median(runs.map(([first]) => first)), nextMs: median(runs.map(([, next]) => next)) };
}
