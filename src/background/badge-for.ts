import type { Report, Verdict } from '../core/types';
import { countProblems } from '../shared-ui/count-problems';

export interface Badge {
  text: string;
  color: string;
}

const COLOR: Record<Exclude<Verdict, 'no-marketing'>, string> = {
  'non-compliant': '#c5221f',
  'needs-review': '#b06000',
  compliant: '#188038',
};

/** The toolbar badge for a tab: the number of marketing controls with a problem, or none. */
export function badgeFor(report: Report | null): Badge | null {
  if (!report || report.verdict === 'no-marketing') return null;
  const problems = countProblems(report);
  return { text: problems > 0 ? String(problems) : '✓', color: COLOR[report.verdict] };
}
