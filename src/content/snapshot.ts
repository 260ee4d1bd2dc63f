import type { MarketingOffAction } from '../core/types';
import { fireInputAndChange, isOn, setOn } from './apply-off';
import { choiceOf } from './track-user-changes';

/** Puts a control back as it was; returns whether it now is. */
export type Restore = () => boolean;

/** How a control stands before Vinkje changes it: its value, or the on/off of it and its radio group. */
export function snapshot(target: Element, action: MarketingOffAction): Restore {
  if (action.set === 'value') {
    const field = target as HTMLInputElement | HTMLSelectElement;
    const before = field.value;
    return () => {
      field.value = before;
      fireInputAndChange(field);
      return field.value === before;
    };
  }
  // The choice that was on goes first: clicking it turns its radio siblings off.
  const states = choiceOf(target).map((element) => ({ element, on: isOn(element) })).sort((a, b) => Number(b.on) - Number(a.on));
  return () => states.every(({ element, on }) => setOn(element, on));
}
