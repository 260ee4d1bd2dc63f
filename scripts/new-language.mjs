// npm run new-language -- <code>: writes src/core/lexicons/<code>.ts with every category
// empty and lists it. The lexicon meta-test then names each category still to fill.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const code = process.argv[2] ?? '';
if (!/^[a-z]{2}$/.test(code)) {
  console.error('usage: npm run new-language -- <ISO 639-1 code>, e.g. npm run new-language -- es');
  process.exit(2);
}
const file = `src/core/lexicons/${code}.ts`;
if (existsSync(file)) {
  console.error(`${file} exists already`);
  process.exit(2);
}
const list = () => `[],\n`;
const categories = ['stopwords', 'marketing', 'weakMarketing', 'receiving', 'neverMatch', 'reassurance', 'unsubscribeNotice', 'priorNotice',
  'negators', 'negativeVerbs', 'missVerbs', 'untickInstructions', 'tickInstructions', 'yes', 'no', 'termsAcceptance', 'thirdParty', 'vaguePurpose'];
const channels = ['email', 'sms', 'phone', 'post', 'push', 'social'];
const contexts = ['purchase', 'registration', 'newsletter', 'contact', 'survey'];
writeFileSync(file, `import type { Lexicon } from './lexicon';

// Fill every category with real wording from shops in this language (see en.ts for examples
// and comments); patterns are written lower case without diacritics.
export const ${code}: Lexicon = {
  lang: '${code}',
${categories.map((key) => `  ${key}: ${list()}`).join('')}  channels: { ${channels.map((key) => `${key}: []`).join(', ')} },
  context: { ${contexts.map((key) => `${key}: []`).join(', ')} },
};
`);
const index = 'src/core/lexicons/index.ts';
const source = readFileSync(index, 'utf8')
  .replace("import type { Lexicon } from './lexicon';", `import type { Lexicon } from './lexicon';\nimport { ${code} } from './${code}';`)
  .replace(/= \{ ([^}]*) \};/, (_, names) => `= { ${names}, ${code} };`);
writeFileSync(index, source);
console.log(`wrote ${file} and listed it in ${index}. npx vitest run test/core/lexicon-shape.test.ts now lists what to fill;
add test/corpus/${code}.jsonl with real wording and check npm run eval.`);
