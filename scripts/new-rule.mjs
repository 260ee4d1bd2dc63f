// npm run new-rule -- <kebab-case-id>: writes src/core/rules/<id>.ts and lists it in the index.
// The rules test then fails until the rule has a case in test/core/rules.test.ts.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const id = process.argv[2] ?? '';
if (!/^[a-z]+(-[a-z0-9]+)+$/.test(id)) {
  console.error('usage: npm run new-rule -- <kebab-case-id>, e.g. npm run new-rule -- partner-list-missing');
  process.exit(2);
}
const file = `src/core/rules/${id}.ts`;
if (existsSync(file)) {
  console.error(`${file} exists already`);
  process.exit(2);
}
const name = id.replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase());
writeFileSync(file, `import type { ControlRule } from './rule';
import { LEGAL, isFreeChoice } from './predicates';

export const ${name}: ControlRule = {
  id: '${id}',
  severity: 'warning',
  profiles: ['nl', 'eu-consent'],
  scope: 'control',
  title: {
    en: 'Say in a few words what is wrong',
    nl: 'Zeg in een paar woorden wat er mis is',
  },
  explanation: {
    en: 'Explain to a shopper, in one or two plain sentences, why this matters and what the law asks.',
    nl: 'Leg een shopper in een of twee gewone zinnen uit waarom dit ertoe doet en wat de wet vraagt.',
  },
  legal: [LEGAL.twCustomer],
  check: (c) => isFreeChoice(c) && c.marketing,
};
`);
const index = 'src/core/rules/index.ts';
const source = readFileSync(index, 'utf8')
  .replace("import type { Rule } from './rule';", `import type { Rule } from './rule';\nimport { ${name} } from './${id}';`)
  .replace(/\n\];/, `\n  ${name},\n];`);
writeFileSync(index, source);
console.log(`wrote ${file} and listed it in ${index}.
Next: write its check, title and explanation; add a case to test/core/rules.test.ts; run npm run docs.`);
