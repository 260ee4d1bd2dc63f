import type { Candidate, Scope } from '../discover';
import type { NameCounts } from '../selector';
import type { ControlType, Kind, MarketingOffAction } from '../../types';
import type { WidgetKind } from './kinds';
import { attributeOf } from '../attribute';

/** What `off` needs to name elements: the audit's selector counts and the control's own selector. */
export interface OffContext {
  selector: string;
  counts: NameCounts;
  kind: Kind | null;
}

/**
 * One kind of checkbox-like control. Adding a kind means one file here, listed in `index.ts`,
 * and a fixture: discovery, state, the report's `type` and the one-click untick all ask it.
 */
export interface Widget {
  kind: WidgetKind;
  type: ControlType;
  /** A selector every element it matches satisfies: the browser finds these, `matches` decides. */
  selector: string;
  /** Whether the walk should keep this element for `candidates`. */
  matches(element: Element): boolean;
  /** The controls among what the walk kept in one scope (`shown`: the names of visible controls there). */
  candidates(kept: Element[], scope: Scope, shown: ReadonlySet<string>): Candidate[];
  /** "Yes" is chosen now. */
  checkedNow(candidate: Candidate): boolean;
  /** "Yes" as the markup set it (`defaultChecked`, `defaultSelected`). */
  checkedInMarkup(candidate: Candidate): boolean;
  required(candidate: Candidate, label: string): boolean;
  /** Never seen by a person, whatever the layout says. */
  alwaysHidden: boolean;
  /** Sets the control to "no marketing", whatever its wording. */
  off(candidate: Candidate, context: OffContext): MarketingOffAction;
}

/** Required by attribute, ARIA or the asterisk convention of shop themes (`<abbr class="required">*</abbr>`). */
export function requiredByMarkup(element: Element, label: string): boolean {
  if ((element as HTMLInputElement).required || attributeOf(element, 'aria-required') === 'true') return true;
  return /\*\s*$/.test(label) || /^\s*\*/.test(label);
}

export const single = (kind: WidgetKind) => (kept: Element[], scope: Scope): Candidate[] => kept.map((element) => ({ element, widget: kind, scope }));

