// npm run new-rule -- <kebab-case-id>: writes src/core/rules/<id>.ts, lists it in the index and
// adds its title and text to both _locales.
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
writeFileSync(file, `import { PROFILES } from '../types';
import { controlRule } from './rule';
import { isFreeChoice } from './predicates';

// profiles: every one, or NATIONAL_PROFILES (from '../profiles/index'), or a list such as ['de'].
// legal: grounds each profile cites in its own law (src/core/profiles/profile.ts, LegalGround).
export const ${name} = controlRule({
  id: '${id}',
  severity: 'warning',
  profiles: PROFILES,
  legal: ['customer'],
  check: (c) => isFreeChoice(c) && c.marketing,
});
`);
const index = 'src/core/rules/index.ts';
const source = readFileSync(index, 'utf8')
  .replace("import type { Rule } from './rule';", `import type { Rule } from './rule';\nimport { ${name} } from './${id}';`)
  .replace(/\n\];/, `\n  ${name},\n];`);
writeFileSync(index, source);
const key = id.replace(/-/g, '_');
const texts = {
  en: ['Say in a few words what is wrong', 'Explain to a shopper, in one or two plain sentences, why this matters and what the law asks.'],
  nl: ['Zeg in een paar woorden wat er mis is', 'Leg een shopper in een of twee gewone zinnen uit waarom dit ertoe doet en wat de wet vraagt.'],
};
for (const [lang, [title, text]] of Object.entries(texts)) {
  const file = `extension/_locales/${lang}/messages.json`;
  const messages = JSON.parse(readFileSync(file, 'utf8'));
  messages[`rule_${key}_title`] = { message: title };
  messages[`rule_${key}_text`] = { message: text };
  writeFileSync(file, `${JSON.stringify(messages, null, 2)}\n`);
}
console.log(`wrote ${file}, listed it in ${index} and gave it placeholder texts in extension/_locales/{en,nl}/messages.json.
Next: write its check, its title and text (rule_${key}_title, rule_${key}_text); add a case to test/core/rules.test.ts; run npm run docs.`);
