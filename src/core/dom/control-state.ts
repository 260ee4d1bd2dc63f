import type { LayoutProbe } from '../types';
import type { Candidate } from './discover';
import { isRendered, isVisuallyHidden } from './visibility';
import { isTruthyValue } from './yes-no';

export interface ControlState {
  /** As the shop set it: what the verdict judges, even after the shopper clicked. */
  checked: boolean;
  /** As it is now, which may differ once the shopper changed it. */
  checkedNow: boolean;
  disabled: boolean;
  required: boolean;
  hidden: boolean;
}

function isCheckedNow(candidate: Candidate): boolean {
  const { element, widget } = candidate;
  if (widget === 'radio-group') return (candidate.yes as HTMLInputElement).checked;
  if (widget === 'select') return (candidate.yes as HTMLOptionElement).selected;
  if (widget === 'aria') return element.getAttribute('aria-checked') === 'true';
  if (element.getAttribute('type') === 'hidden') return isTruthyValue(element.getAttribute('value') ?? '');
  return (element as HTMLInputElement).checked;
}

/** The default in the markup: `defaultChecked` / `defaultSelected`. */
function isCheckedInMarkup(candidate: Candidate): boolean {
  const { element, widget } = candidate;
  if (widget === 'radio-group') return (candidate.yes as HTMLInputElement).defaultChecked;
  if (widget === 'select') {
    const options = Array.from((element as HTMLSelectElement).options);
    const preset = options.find((option) => option.defaultSelected);
    return preset ? preset === candidate.yes : options[0] === candidate.yes;
  }
  if (widget === 'input' && element.getAttribute('type') !== 'hidden') return (element as HTMLInputElement).defaultChecked;
  return isCheckedNow(candidate);
}

function isDisabled(element: Element): boolean {
  if (element.getAttribute('aria-disabled') === 'true') return true;
  if (element.hasAttribute('disabled')) return true;
  for (let child = element, parent = element.parentElement; parent; child = parent, parent = parent.parentElement) {
    // A disabled fieldset's first legend stays enabled (HTML "actually disabled").
    if (parent.tagName === 'FIELDSET' && parent.hasAttribute('disabled')) return !(child.tagName === 'LEGEND' && parent.querySelector('legend') === child);
  }
  return false;
}

/** Required by attribute, ARIA or the asterisk convention of shop themes (`<abbr class="required">*</abbr>`). */
function isRequired(candidate: Candidate, label: string): boolean {
  if (candidate.widget === 'radio-group' || candidate.widget === 'select') return false;
  const { element } = candidate;
  if ((element as HTMLInputElement).required || element.getAttribute('aria-required') === 'true') return true;
  return /\*\s*$/.test(label) || /^\s*\*/.test(label);
}

/** A person can see and operate it, directly or through a visible label that toggles it. */
function isHidden(candidate: Candidate, layout: LayoutProbe | undefined, cache: Map<Element, boolean>): boolean {
  const { element } = candidate;
  if (element.getAttribute('type') === 'hidden') return true;
  if (isRendered(element, layout, cache) && !isVisuallyHidden(element)) return false;
  const proxies = candidate.scope.labels.labelsOf(element, candidate.scope.root);
  return !proxies.some((proxy) => isRendered(proxy, layout, cache) && proxy.textContent?.trim());
}

export interface StateProbes {
  layout?: LayoutProbe;
  changedByUser?: (element: Element) => boolean;
  visibilityCache: Map<Element, boolean>;
}

function touched(candidate: Candidate, changedByUser: StateProbes['changedByUser']): boolean {
  if (!changedByUser) return false;
  return [candidate.element, candidate.yes, candidate.no].some((element) => element && changedByUser(element));
}

export function controlState(candidate: Candidate, label: string, probes: StateProbes): ControlState {
  const checkedNow = isCheckedNow(candidate);
  return {
    checked: touched(candidate, probes.changedByUser) ? isCheckedInMarkup(candidate) : checkedNow,
    checkedNow,
    disabled: isDisabled(candidate.element),
    required: isRequired(candidate, label),
    hidden: isHidden(candidate, probes.layout, probes.visibilityCache),
  };
}
