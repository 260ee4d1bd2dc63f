// npm run docs: writes docs/rules.md from the rule files.
import { writeFileSync } from 'node:fs';
import { renderRulesMarkdown } from './rules-markdown';

writeFileSync('docs/rules.md', renderRulesMarkdown());
console.log('wrote docs/rules.md');
