import { ALL_LEXICONS, useLexicons } from './lexicons/index';

// The whole engine reads with every language: the CLI, the live auditor and the tests use this
// entry. The extension's content engine (src/content/engine.ts) imports the parts it needs and
// is given the page's languages instead.
useLexicons(ALL_LEXICONS);

export { auditDocument } from './audit-document';
export { rescanForms } from './rescan-forms';
export { classifyText } from './classify-text';
export { resolveSelector } from './dom/selector';
export { browserLayoutProbe } from './dom/browser-layout-probe';
export { RULES } from './rules/index';
export { worstVerdict } from './report/verdict';
export type { Rule, RuleMeta } from './rules/index';
export { VERSION } from './version';
export * from './types';
