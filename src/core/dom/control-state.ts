import type { ControlState, LayoutProbe } from '../types';
import type { Candidate } from './discover';
import type { VisibilityCache } from './visibility';
import { isRendered, isVisuallyHidden } from './visibility';
import { widgetOf } from './widgets/index';
import { attributeOf } from './attribute';

function isDisabled(element: Element): boolean {
  if (attributeOf(element, 'aria-disabled') === 'true') return true;
  if (element.hasAttribute('disabled')) return true;
  for (let child = element, parent = element.parentElement; parent; child = parent, parent = parent.parentElement) {
    // A disabled fieldset's first legend stays enabled (HTML "actually disabled").
    if (parent.tagName === 'FIELDSET' && parent.hasAttribute('disabled')) return !(child.tagName === 'LEGEND' && parent.querySelector('legend') === child);
  }
  return false;
}

/** A person can see and operate it, directly or through a visible label that toggles it. */
function isHidden(candidate: Candidate, layout: LayoutProbe | undefined, cache: VisibilityCache): boolean {
  const { element } = candidate;
  if (widgetOf(candidate.widget).alwaysHidden) return true;
  if (isRendered(element, layout, cache) && !isVisuallyHidden(element, cache)) return false;
  const proxies = candidate.scope.labels.labelsOf(element, candidate.scope.root);
  return !proxies.some((proxy) => isRendered(proxy, layout, cache) && proxy.textContent?.trim());
}

export interface StateProbes {
  layout?: LayoutProbe;
  changedByUser?: (element: Element) => boolean;
  visibilityCache: VisibilityCache;
}

function touched(candidate: Candidate, changedByUser: StateProbes['changedByUser']): boolean {
  if (!changedByUser) return false;
  return [candidate.element, candidate.yes, candidate.no].some((element) => element && changedByUser(element));
}

export function controlState(candidate: Candidate, label: string, probes: StateProbes): ControlState {
  const widget = widgetOf(candidate.widget);
  const checkedNow = widget.checkedNow(candidate);
  return {
    checked: touched(candidate, probes.changedByUser) ? widget.checkedInMarkup(candidate) : checkedNow,
    checkedNow,
    disabled: isDisabled(candidate.element),
    required: widget.required(candidate, label),
    hidden: isHidden(candidate, probes.layout, probes.visibilityCache),
  };
}
