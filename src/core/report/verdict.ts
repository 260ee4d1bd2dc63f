import type { Severity, Verdict } from '../types';

const RANK: Record<Verdict, number> = { 'no-marketing': 0, compliant: 1, 'needs-review': 2, 'non-compliant': 3 };

export function worstVerdict(verdicts: Iterable<Verdict>, floor: Verdict = 'no-marketing'): Verdict {
  let worst = floor;
  for (const verdict of verdicts) if (RANK[verdict] > RANK[worst]) worst = verdict;
  return worst;
}

export function verdictOfSeverity(severity: Severity): Verdict {
  if (severity === 'violation') return 'non-compliant';
  return severity === 'review' ? 'needs-review' : 'compliant';
}
