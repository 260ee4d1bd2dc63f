import { auditDocument } from '../core/audit-document';
import { browserLayoutProbe } from '../core/dom/browser-layout-probe';
import type { ProfileId, Report } from '../core/types';

/** Upper bound on controls examined: a hostile page may hold 100 000 checkboxes. */
const MAX_CONTROLS = 400;

/** `changedByUser`: the shopper's own clicks must never turn into a verdict about the shop. */
export function scanPage(doc: Document, profile: ProfileId, changedByUser: (element: Element) => boolean): Report {
  return auditDocument(doc, { profile, url: doc.location.href, layout: browserLayoutProbe, changedByUser, maxControls: MAX_CONTROLS });
}
