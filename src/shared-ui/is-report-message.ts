import { SCHEMA } from '../core/types';
import type { ReportMessage } from './messages';

/** Shape check for a content script's report before the worker counts it into a badge. */
export function isReportMessage(message: unknown): message is ReportMessage {
  if (typeof message !== 'object' || message === null) return false;
  const { type, host, report } = message as Record<string, unknown>;
  if (type !== 'vinkje:report' || typeof host !== 'string') return false;
  if (report === null) return true;
  if (typeof report !== 'object') return false;
  const { schema, forms } = report as Record<string, unknown>;
  return schema === SCHEMA && Array.isArray(forms);
}
