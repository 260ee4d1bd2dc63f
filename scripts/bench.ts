// npm run bench: engine scan time in jsdom next to a bare walk, and the size of each built file.
import { JSDOM } from 'jsdom';
import { auditDocument } from '../src/core/index';
import { bareWalk } from './bench/bare-walk';
import { generateCategoryPage } from './bench/generate-page';
import { bundleSizes } from './bench/bundle-sizes';

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function time(run: () => unknown, repeats: number): number {
  run();
  const samples: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

console.log('engine in jsdom (median of repeated scans)\n');
console.log('nodes    elements   bare walk    engine   ratio');
for (const nodes of [1_000, 5_000, 50_000]) {
  const document = new JSDOM(generateCategoryPage(nodes)).window.document;
  const elements = document.querySelectorAll('*').length;
  const repeats = nodes > 10_000 ? 7 : 21;
  const bare = time(() => bareWalk(document), repeats);
  const engine = time(() => auditDocument(document, { url: 'https://winkel.example/afrekenen' }), repeats);
  console.log(`${String(nodes).padEnd(8)} ${String(elements).padStart(8)} ${bare.toFixed(2).padStart(9)} ms ${engine.toFixed(2).padStart(7)} ms ${(engine / bare).toFixed(2).padStart(6)}×`);
}

console.log('\nbuilt files                                   minified    gzipped');
for (const { file, minifiedKb, gzippedKb } of bundleSizes()) console.log(`${file.padEnd(44)} ${minifiedKb.toFixed(1).padStart(6)} KB ${gzippedKb.toFixed(1).padStart(7)} KB`);
