export { auditDocument } from './audit-document';
export { classifyText } from './classify-text';
export { resolveSelector } from './dom/selector';
export { browserLayoutProbe } from './dom/browser-layout-probe';
export { RULES } from './rules/index';
export type { Rule, RuleMeta } from './rules/index';
export { LANGUAGES } from './lexicons/index';
export { RULESET_VERSION, VERSION } from './version';
export * from './types';
