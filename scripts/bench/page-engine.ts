// The engine as the bench runs it inside a page: `auditDocument` with the browser's layout
// probe (as dist/vinkje-engine.js does) and `rescanForms`, on `globalThis.vinkjeBench`.
import { auditDocument, browserLayoutProbe, rescanForms } from '../../src/core/index';
import type { AuditOptions, Report } from '../../src/core/index';

const withLayout = (options: AuditOptions = {}): AuditOptions => ({ layout: browserLayoutProbe, ...options });

(globalThis as unknown as { vinkjeBench: unknown }).vinkjeBench = {
  auditDocument: (root: Document, options?: AuditOptions) => auditDocument(root, withLayout(options)),
  rescanForms: (previous: Report, changed: Node[], options?: AuditOptions) => rescanForms(previous, changed, withLayout(options)),
};
