import type { Widget } from './widget';
import { requiredByMarkup, single } from './widget';
import { attributeOf } from '../attribute';

/** `<input type=checkbox>`, also when a styled proxy (a visible label) stands in for it. */
export const nativeCheckbox: Widget = {
  kind: 'native-checkbox',
  type: 'checkbox',
  selector: 'input',
  matches: (element) => element.tagName === 'INPUT' && attributeOf(element, 'type').toLowerCase() === 'checkbox',
  candidates: single('native-checkbox'),
  checkedNow: ({ element }) => (element as HTMLInputElement).checked,
  checkedInMarkup: ({ element }) => (element as HTMLInputElement).defaultChecked,
  required: ({ element }, label) => requiredByMarkup(element, label),
  alwaysHidden: false,
  off: (_, { selector, kind }) => ({ selector, set: kind === 'negative' ? 'checked' : 'unchecked' }),
};
