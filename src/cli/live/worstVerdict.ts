import type { Verdict } from '../../core/types.js';

const SEVERITY: Verdict[] = ['no-marketing', 'compliant', 'needs-review', 'non-compliant'];

/** non-compliant > needs-review > compliant > no-marketing (contract.md). */
export function worstVerdict(verdicts: Verdict[]): Verdict {
  return verdicts.reduce<Verdict>((worst, v) => (SEVERITY.indexOf(v) > SEVERITY.indexOf(worst) ? v : worst), 'no-marketing');
}
