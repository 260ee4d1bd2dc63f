import type { Report } from '../core/types';

/** Marketing controls whose own verdict is non-compliant or needs review: the badge number. */
export function countProblems(report: Report): number {
  let count = 0;
  for (const form of report.forms) {
    for (const control of form.controls) {
      if (control.marketing && (control.verdict === 'non-compliant' || control.verdict === 'needs-review')) count++;
    }
  }
  return count;
}
