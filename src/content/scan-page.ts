import { auditDocument } from '../core/audit-document';
import { browserLayoutProbe } from '../core/dom/browser-layout-probe';
import { rescanForms } from '../core/rescan-forms';
import type { AuditOptions, ProfileChoice, Report } from '../core/types';

/** Upper bound on controls examined: a hostile page may hold 100 000 checkboxes. */
const MAX_CONTROLS = 400;

/** `changedByUser`: the shopper's own clicks must never turn into a verdict about the shop. */
const optionsFor = (doc: Document, profile: ProfileChoice, changedByUser: (element: Element) => boolean): AuditOptions =>
  ({ profile, url: doc.location.href, layout: browserLayoutProbe, changedByUser, maxControls: MAX_CONTROLS });

export function scanPage(doc: Document, profile: ProfileChoice, changedByUser: (element: Element) => boolean): Report {
  return auditDocument(doc, optionsFor(doc, profile, changedByUser));
}

/** The last report with only the forms around `changed` (mutation targets) read again. */
export function rescanPage(doc: Document, previous: Report, changed: readonly Node[], profile: ProfileChoice, changedByUser: (element: Element) => boolean): Report {
  return rescanForms(previous, changed, optionsFor(doc, profile, changedByUser));
}
