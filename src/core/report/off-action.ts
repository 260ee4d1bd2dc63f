import type { Candidate } from '../dom/discover';
import type { NameCounts } from '../dom/selector';
import { uniqueSelector } from '../dom/selector';
import type { Kind, MarketingOffAction } from '../types';
import { offValueOf } from '../dom/yes-no';

function selectorIn(candidate: Candidate, element: Element, counts: NameCounts): string {
  return candidate.scope.prefix + uniqueSelector(element, candidate.scope.root, counts);
}

/** What the one-click untick sets so that the control means "no marketing", whatever its wording. */
export function marketingOffAction(candidate: Candidate, kind: Kind | null, selector: string, counts: NameCounts): MarketingOffAction {
  const { element, widget } = candidate;
  if (widget === 'radio-group') return { selector: selectorIn(candidate, candidate.no!, counts), set: 'checked' };
  if (widget === 'select') return { selector, set: 'value', value: (candidate.no as HTMLOptionElement).value };
  if (element.getAttribute('type') === 'hidden') {
    return { selector, set: 'value', value: offValueOf(element.getAttribute('value') ?? '') };
  }
  return { selector, set: kind === 'negative' ? 'checked' : 'unchecked' };
}
