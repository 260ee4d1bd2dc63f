import type { MarketingOffAction } from '../core/types';

function fireInputAndChange(element: Element): void {
  element.dispatchEvent(new Event('input', { bubbles: true }));
  element.dispatchEvent(new Event('change', { bubbles: true }));
}

function isOn(element: Element): boolean {
  if (element.tagName === 'INPUT') return (element as HTMLInputElement).checked;
  return element.getAttribute('aria-checked') === 'true';
}

/** Whether the control already means "no marketing". */
export function isOff(element: Element, action: MarketingOffAction): boolean {
  if (action.set === 'value') return (element as HTMLInputElement).value === action.value;
  return isOn(element) === (action.set === 'checked');
}

/**
 * Sets one control to "no marketing" the way a person would, so the shop's own scripts see
 * it: a click first (frameworks listen for it; the browser then fires input and change),
 * and if the page swallowed the click, the state is set directly and input/change fired.
 * Returns whether the control now means "no marketing".
 */
export function applyOff(element: Element, action: MarketingOffAction): boolean {
  if (action.set === 'value') {
    if (action.value === undefined) return false;
    (element as HTMLInputElement | HTMLSelectElement).value = action.value;
    fireInputAndChange(element);
  } else {
    (element as HTMLElement).click();
    if (!isOff(element, action) && element.tagName === 'INPUT') {
      (element as HTMLInputElement).checked = action.set === 'checked';
      fireInputAndChange(element);
    }
  }
  return isOff(element, action);
}
