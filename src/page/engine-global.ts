// The engine as a page script: the live auditor injects dist/vinkje-engine.js into every
// frame and calls `vinkje.auditDocument(document, options)`.
import { RULES, VERSION, auditDocument, browserLayoutProbe, classifyText, resolveSelector } from '../core/index';
import type { AuditOptions } from '../core/index';
import { uniqueSelector } from '../core/dom/selector';

/** An element's selector from its frame's document, through shadow roots as ` >>> `: the report's own builder. */
function selectorOf(element: Element): string {
  const parts: string[] = [];
  for (let current: Element | null = element; current; ) {
    const root = current.getRootNode() as Document | ShadowRoot;
    parts.unshift(uniqueSelector(current, root));
    current = 'host' in root ? root.host : null;
  }
  return parts.join(' >>> ');
}

const vinkje = {
  auditDocument: (root: Document | Element, options: AuditOptions = {}) => auditDocument(root, { layout: browserLayoutProbe, ...options }),
  classifyText,
  resolveSelector,
  selectorOf,
  RULES,
  VERSION,
};

(globalThis as typeof globalThis & { vinkje: typeof vinkje }).vinkje = vinkje;
