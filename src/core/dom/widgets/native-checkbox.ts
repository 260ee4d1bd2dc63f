import type { Widget } from './widget';
import { requiredByMarkup, single } from './widget';
import { attributeOf } from '../attribute';
import { ARIA_SWITCH } from './aria-switch';

/**
 * The hidden copy a script-driven switch keeps for the form (Radix UI's and shadcn's checkboxes:
 * an `aria-hidden` input right after the `role=checkbox` button, in the same state): the switch
 * is the control. A copy in another state is a box of its own, so it cannot hide a choice.
 */
function mirrorsSwitch(element: Element): boolean {
  const before = element.previousElementSibling;
  return attributeOf(element, 'aria-hidden') === 'true' && !!before?.matches(ARIA_SWITCH) && (attributeOf(before, 'aria-checked') === 'true') === (element as HTMLInputElement).checked;
}

/** `<input type=checkbox>`, also when a styled proxy (a visible label) stands in for it. */
export const nativeCheckbox: Widget = {
  kind: 'native-checkbox',
  type: 'checkbox',
  selector: 'input',
  matches: (element) => element.tagName === 'INPUT' && attributeOf(element, 'type').toLowerCase() === 'checkbox' && !mirrorsSwitch(element),
  candidates: single('native-checkbox'),
  checkedNow: ({ element }) => (element as HTMLInputElement).checked,
  checkedInMarkup: ({ element }) => (element as HTMLInputElement).defaultChecked,
  required: ({ element }, label) => requiredByMarkup(element, label),
  alwaysHidden: false,
  off: (_, { selector, kind }) => ({ selector, set: kind === 'negative' ? 'checked' : 'unchecked' }),
};
