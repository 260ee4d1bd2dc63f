import type { Report } from '../core/types';
import { VERDICT_STYLE } from '../shared-ui/verdict-style';
import { countProblems } from '../shared-ui/count-problems';

export interface Badge {
  text: string;
  color: string;
}

/** The toolbar badge for a tab: the number of marketing controls with a problem, or none. */
export function badgeFor(report: Report | null): Badge | null {
  if (!report || report.verdict === 'no-marketing') return null;
  const problems = countProblems(report);
  return { text: problems > 0 ? String(problems) : '✓', color: VERDICT_STYLE[report.verdict].color };
}
