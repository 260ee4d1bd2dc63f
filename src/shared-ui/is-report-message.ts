import { SCHEMA } from '../core/types';
import type { ReportMessage } from './messages';
import { VERDICT_STYLE } from './verdict-style';

// A content script reports at most 400 controls (scan-page.ts); a host name is at most 253 characters.
const MAX_HOST = 253;
const MAX_FORMS = 400;
const MAX_CONTROLS = 400;
const MAX_DATE = 40;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isVerdict = (value: unknown): boolean => typeof value === 'string' && Object.hasOwn(VERDICT_STYLE, value);
const isShortString = (value: unknown, max: number): value is string => typeof value === 'string' && value.length <= max;

/** What the worker reads of each control: is it marketing, and its verdict (the badge count). */
const isControl = (control: unknown): boolean => isRecord(control) && typeof control['marketing'] === 'boolean' && isVerdict(control['verdict']);

function isReport(report: Record<string, unknown>): boolean {
  const { schema, verdict, scannedAt, forms } = report;
  if (schema !== SCHEMA || !isVerdict(verdict) || !isShortString(scannedAt, MAX_DATE)) return false;
  if (!Array.isArray(forms) || forms.length > MAX_FORMS) return false;
  let controls = 0;
  for (const form of forms) {
    if (!isRecord(form) || !isVerdict(form['verdict']) || !Array.isArray(form['controls'])) return false;
    controls += form['controls'].length;
    if (controls > MAX_CONTROLS || !form['controls'].every(isControl)) return false;
  }
  return true;
}

/** Shape and size check for a content script's report before the worker counts it into a badge and stores it. */
export function isReportMessage(message: unknown): message is ReportMessage {
  if (!isRecord(message)) return false;
  const { type, host, report } = message;
  if (type !== 'vinkje:report' || !isShortString(host, MAX_HOST)) return false;
  return report === null || (isRecord(report) && isReport(report));
}
