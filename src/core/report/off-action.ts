import type { Candidate } from '../dom/discover';
import type { NameCounts } from '../dom/selector';
import { widgetOf } from '../dom/widgets/index';
import type { Kind, MarketingOffAction } from '../types';

/** What the one-click untick sets so that the control means "no marketing", whatever its wording. */
export function marketingOffAction(candidate: Candidate, kind: Kind | null, selector: string, counts: NameCounts): MarketingOffAction {
  return widgetOf(candidate.widget).off(candidate, { selector, counts, kind });
}
