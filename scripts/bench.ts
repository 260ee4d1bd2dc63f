// npm run bench [-- --json] [-- --no-browser]: the engine's scan cost on the category-page
// recipe of issue 12 in jsdom and in Chromium side by side, with the built files' sizes.
import { cpus, loadavg } from 'node:os';
import { chromiumFigures } from '../test/e2e/bench-in-browser';
import type { ChromiumFigures } from '../test/e2e/bench-in-browser';
import type { HostFigures } from './bench/figures';
import { jsdomFigures } from './bench/in-jsdom';
import type { BundleSize } from './bench/bundle-sizes';
import { bundleSizes } from './bench/bundle-sizes';
import type { HostileLabelFigure } from './bench/hostile-labels';
import { HOSTILE_SHAPES, slowestHostileLabel } from './bench/hostile-labels';
import { LANGUAGES } from '../src/core/lexicons/index';
import type { FirstLabelFigure } from './bench/first-label';
import { firstLabelCost } from './bench/first-label';

const ms = (value: number) => `${value < 1 ? value.toFixed(3) : value.toFixed(1)} ms`;
const ratio = (scan: number, walk: number) => `${(scan / walk).toFixed(1)}×`;
const percent = (share: number) => `${(share * 100).toFixed(2)} %`;

function printTable(jsdom: HostFigures, chromium: ChromiumFigures | null, sizes: BundleSize[], hostile: HostileLabelFigure, firstLabel: FirstLabelFigure): void {
  const hosts: [string, HostFigures | null][] = [['jsdom', jsdom], ['Chromium', chromium]];
  console.log('Category-page recipe (product grid, 60 filter checkboxes, checkout form); median of 7 runs of ≥ 30 ms each\n');
  console.log(`${'elements'.padEnd(10)}${hosts.map(([name]) => `${name}: walk / scan / ratio`.padEnd(40)).join('')}`);
  jsdom.recipe.forEach((row, i) => {
    const cells = hosts.map(([, figures]) => {
      const cell = figures?.recipe[i];
      return (cell ? `${ms(cell.walkMs)} / ${ms(cell.scanMs)} / ${ratio(cell.scanMs, cell.walkMs)}` : '—').padEnd(40);
    });
    console.log(`${String(row.elements).padEnd(10)}${cells.join('')}`);
  });
  for (const [name, figures] of hosts) {
    if (!figures) continue;
    console.log(`\n${name}: page without candidates (${figures.noCandidate.elements} elements) ${ms(figures.noCandidate.scanMs)}; one-form rescan (${figures.oneFormRescan.elements} elements) ${ms(figures.oneFormRescan.rescanMs)}`);
  }
  for (const row of chromium?.mutationShare ?? []) {
    console.log(`Chromium, 1 000 mutations/s (${row.mutations}): script ${percent(row.without)} of the main thread without Vinkje, ${percent(row.withVinkje)} with (Vinkje ${percent(row.withVinkje - row.without)})`);
  }
  console.log(`\nhostile label: 1 200 characters of ${JSON.stringify(hostile.shape)} repeated, the slowest of ${HOSTILE_SHAPES.length} shapes × ${LANGUAGES.length} languages: ${ms(hostile.ms)} (${hostile.lang})`);
  console.log(`first label in a fresh engine (every lexicon's patterns built): ${ms(firstLabel.firstMs)}; the next label ${ms(firstLabel.nextMs)} (median of 5 node processes)`);
  console.log('\nsizes');
  for (const row of sizes) console.log(`  ${row.file.padEnd(36)} ${row.minifiedKb.toFixed(1).padStart(6)} KB minified ${row.gzippedKb.toFixed(1).padStart(6)} KB gzipped`);
}

const args = process.argv.slice(2);
const jsdom = jsdomFigures();
const chromium = args.includes('--no-browser') ? null : await chromiumFigures();
const sizes = bundleSizes();
const hostile = slowestHostileLabel();
const firstLabel = firstLabelCost();
const machine = { cpus: cpus().length, load: loadavg().map((load) => Math.round(load * 10) / 10) };
if (args.includes('--json')) console.log(JSON.stringify({ schema: 'vinkje-bench/1', date: new Date().toISOString(), machine, jsdom, chromium, hostile, firstLabel, sizes }, null, 2));
else {
  printTable(jsdom, chromium, sizes, hostile, firstLabel);
  console.log(`\n${machine.cpus} cores, load ${machine.load.join(' / ')} while measuring`);
}
