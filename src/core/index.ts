export { auditDocument } from './audit-document';
export { classifyText } from './classify-text';
export { resolveSelector } from './dom/selector';
export { browserLayoutProbe } from './dom/browser-layout-probe';
export { RULES } from './rules/index';
export { worstVerdict } from './report/verdict';
export type { Rule, RuleMeta } from './rules/index';
export { VERSION } from './version';
export * from './types';
