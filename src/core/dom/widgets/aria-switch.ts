import type { Widget } from './widget';
import { requiredByMarkup, single } from './widget';
import { attributeOf } from '../attribute';

export const ARIA_SWITCH = '[role=checkbox],[role=switch]';

/** A script-driven `role=checkbox` or `role=switch` element with `aria-checked`. */
export const ariaSwitch: Widget = {
  kind: 'aria-switch',
  type: 'switch',
  selector: ARIA_SWITCH,
  matches: (element) => element.tagName !== 'INPUT' && /^(checkbox|switch)$/.test(attributeOf(element, 'role')),
  candidates: single('aria-switch'),
  checkedNow: ({ element }) => attributeOf(element, 'aria-checked') === 'true',
  checkedInMarkup: ({ element }) => attributeOf(element, 'aria-checked') === 'true',
  required: ({ element }, label) => requiredByMarkup(element, label),
  alwaysHidden: false,
  off: (_, { selector, kind }) => ({ selector, set: kind === 'negative' ? 'checked' : 'unchecked' }),
};
