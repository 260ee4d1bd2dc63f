import type { MarketingOffAction } from '../core/types';
import { attributeOf } from '../core/dom/attribute';

/** Events from the element's own window: a control in a same-origin frame lives in another realm. */
export function fireInputAndChange(element: Element): void {
  const EventOfPage = element.ownerDocument.defaultView?.Event ?? Event;
  element.dispatchEvent(new EventOfPage('input', { bubbles: true }));
  element.dispatchEvent(new EventOfPage('change', { bubbles: true }));
}

export function isOn(element: Element): boolean {
  if (element.tagName === 'INPUT') return (element as HTMLInputElement).checked;
  return attributeOf(element, 'aria-checked') === 'true';
}

/**
 * Ticks or unticks one box the way a person would, so the shop's own scripts see it: a click
 * first (frameworks listen for it; the browser then fires input and change), and if the page
 * swallowed the click, the state is set directly and input/change fired. A radio cannot be
 * clicked off: it goes off when its group's other choice is clicked on.
 */
export function setOn(element: Element, on: boolean): boolean {
  if (isOn(element) === on) return true;
  const radio = (element as HTMLInputElement).type === 'radio';
  if (on || !radio) (element as HTMLElement).click();
  if (isOn(element) !== on && element.tagName === 'INPUT') {
    (element as HTMLInputElement).checked = on;
    fireInputAndChange(element);
  }
  return isOn(element) === on;
}

/** Whether the control already means "no marketing". */
export function isOff(element: Element, action: MarketingOffAction): boolean {
  if (action.set === 'value') return (element as HTMLInputElement).value === action.value;
  return isOn(element) === (action.set === 'checked');
}

/** Sets one control to "no marketing"; returns whether it now means that. */
export function applyOff(element: Element, action: MarketingOffAction): boolean {
  if (action.set !== 'value') return setOn(element, action.set === 'checked');
  if (action.value === undefined) return false;
  (element as HTMLInputElement | HTMLSelectElement).value = action.value;
  fireInputAndChange(element);
  return isOff(element, action);
}
