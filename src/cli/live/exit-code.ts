import type { Totals } from './index-page.js';

/** docs/report-format.md: 1 when anything is non-compliant; else 2 when a page could not be audited; else 0. */
export function exitCode(totals: Totals): number {
  if (totals['non-compliant'] > 0) return 1;
  return totals.failed > 0 ? 2 : 0;
}
