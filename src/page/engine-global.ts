// The engine as a page script: the live auditor injects dist/vinkje-engine.js into every
// frame and calls `vinkje.auditDocument(document, options)`.
import { RULES, VERSION, auditDocument, browserLayoutProbe, classifyText, resolveSelector } from '../core/index';
import type { AuditOptions } from '../core/index';

const vinkje = {
  auditDocument: (root: Document | Element, options: AuditOptions = {}) => auditDocument(root, { layout: browserLayoutProbe, ...options }),
  classifyText,
  resolveSelector,
  RULES,
  VERSION,
};

(globalThis as typeof globalThis & { vinkje: typeof vinkje }).vinkje = vinkje;
