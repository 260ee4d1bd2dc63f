// node scripts/seal-corpus.mjs --seed N incoming/<lang>.jsonl …
// Adds newly gathered corpus lines, setting whole sources aside at random: a source already
// in test/corpus/ (seen while tuning) stays there, one already sealed stays sealed, and of the
// new sources a random 30 % (rounded up, per language) go to test/corpus/sealed/. The seed and
// the files are recorded in test/corpus/README.md, so the split can be checked and repeated.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';

const SEALED_SHARE = 0.3;
const args = process.argv.slice(2);
const seedAt = args.indexOf('--seed');
if (seedAt < 0 || !/^\d+$/.test(args[seedAt + 1] ?? '')) {
  console.error('usage: node scripts/seal-corpus.mjs --seed N incoming/<lang>.jsonl …');
  process.exit(2);
}
const seed = Number(args[seedAt + 1]);
const inputs = args.filter((_, i) => i !== seedAt && i !== seedAt + 1);

/** mulberry32: a small seeded generator, so the same seed draws the same sources. */
function random(state) {
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A line's source: its repository, or "handwritten" for composed lines. */
export const sourceOf = (line) => (line.source.startsWith('handwritten') ? 'handwritten' : line.source.split(':')[0].replace(/^https?:\/\/([^/]+).*$/, '$1'));
const read = (file) => (existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l)) : []);
const write = (file, lines) => writeFileSync(file, lines.map((line) => JSON.stringify(line)).join('\n') + (lines.length ? '\n' : ''));
const KEYS = ['text', 'checked', 'marketing', 'kind', 'thirdParty', 'source'];
const ordered = (line) => Object.fromEntries(KEYS.map((key) => [key, line[key]]));

for (const input of inputs) {
  const lang = basename(input).replace(/(-\d+)?\.jsonl$/, '');
  const devFile = `test/corpus/${lang}.jsonl`;
  const sealedFile = `test/corpus/sealed/${lang}.jsonl`;
  const dev = read(devFile);
  const sealed = read(sealedFile);
  const devSources = new Set(dev.map(sourceOf));
  const sealedSources = new Set(sealed.map(sourceOf));
  const texts = new Set([...dev, ...sealed].map((line) => line.text));
  const incoming = read(input).map(ordered).filter((line) => !texts.has(line.text) && texts.add(line.text));
  const fresh = [...new Set(incoming.map(sourceOf))].filter((s) => !devSources.has(s) && !sealedSources.has(s)).sort();
  const draw = random(seed + [...lang].reduce((sum, c) => sum + c.charCodeAt(0), 0));
  const shuffled = fresh.map((source) => [draw(), source]).sort((a, b) => a[0] - b[0]).map(([, source]) => source);
  const chosen = new Set(shuffled.slice(0, Math.ceil(fresh.length * SEALED_SHARE)));
  const toSealed = incoming.filter((line) => sealedSources.has(sourceOf(line)) || chosen.has(sourceOf(line)));
  const toDev = incoming.filter((line) => !toSealed.includes(line));
  write(devFile, [...dev, ...toDev]);
  write(sealedFile, [...sealed, ...toSealed]);
  console.log(`${lang}: ${incoming.length} new lines, ${fresh.length} new sources; sealed ${chosen.size} sources (${toSealed.length} lines), dev +${toDev.length}`);
}
