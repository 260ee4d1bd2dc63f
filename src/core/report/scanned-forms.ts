import type { FormGroup } from '../dom/group-controls';
import type { FormReport, Report } from '../types';
import type { ReadingMemo } from './reading-memo';

/** A form as it was audited: the elements behind its report, for a later rescan. */
export interface AuditedForm {
  group: FormGroup;
  report: FormReport;
}

/** What a report was read from: reports stay plain JSON, the elements stay here. */
export interface ScannedPage {
  root: Document | Element;
  page: Document;
  forms: AuditedForm[];
  memo: ReadingMemo;
}

// Keyed by the report object itself, so a page's elements live as long as its report does.
const scans = new WeakMap<Report, ScannedPage>();

export function rememberScan(report: Report, scanned: ScannedPage): Report {
  scans.set(report, scanned);
  return report;
}

/** The scan behind a report this engine made; undefined for a copy (a report that crossed a message). */
export const scanOf = (report: Report): ScannedPage | undefined => scans.get(report);
