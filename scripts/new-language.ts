// npm run new-language -- <code>: writes src/core/lexicons/<code>.ts with every category of the
// English lexicon, empty, and lists it in ALL_LEXICONS. The lexicon meta-test then names each
// category to fill; the build makes its chunk, extension/lexicons/<code>.js, by itself.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { en } from '../src/core/lexicons/en';

const code = process.argv[2] ?? '';
if (!/^[a-z]{2}$/.test(code)) {
  console.error('usage: npm run new-language -- <ISO 639-1 code>, e.g. npm run new-language -- cs');
  process.exit(2);
}
const file = `src/core/lexicons/${code}.ts`;
if (existsSync(file)) {
  console.error(`${file} exists already`);
  process.exit(2);
}

/** The same shape as English with nothing in it: lists empty, records with the same keys. */
const empty = (value: unknown): string =>
  Array.isArray(value) ? '[]' : `{ ${Object.keys(value as object).map((key) => `${key}: []`).join(', ')} }`;
const categories = Object.entries(en).filter(([key]) => key !== 'lang').map(([key, value]) => `  ${key}: ${empty(value)},\n`).join('');

writeFileSync(file, `import type { Lexicon } from './lexicon';

// Fill every category with real wording from shops in this language (see en.ts and nl.ts for
// examples and comments); patterns are written lower case without diacritics.
export const ${code}: Lexicon = {
  lang: '${code}',
${categories}};
`);
const index = 'src/core/lexicons/index.ts';
const source = readFileSync(index, 'utf8')
  .replace("import type { Lexicon } from './lexicon';", `import type { Lexicon } from './lexicon';\nimport { ${code} } from './${code}';`)
  .replace(/ALL_LEXICONS: readonly Lexicon\[\] = \[([^\]]*)\];/, (_, names: string) => `ALL_LEXICONS: readonly Lexicon[] = [${names}, ${code}];`);
writeFileSync(index, source);
console.log(`wrote ${file} and listed it in ${index}. npx vitest run test/core/lexicon-shape.test.ts now lists what to fill;
add test/corpus/${code}.jsonl with real, sourced wording (test/corpus/README.md) and check npm run eval.`);
