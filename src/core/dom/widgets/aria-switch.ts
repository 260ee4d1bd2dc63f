import type { Widget } from './widget';
import { requiredByMarkup, single } from './widget';

/** A script-driven `role=checkbox` or `role=switch` element with `aria-checked`. */
export const ariaSwitch: Widget = {
  kind: 'aria-switch',
  type: 'switch',
  selector: '[role=checkbox], [role=switch]',
  matches: (element) => element.tagName !== 'INPUT' && /^(checkbox|switch)$/.test(element.getAttribute('role') ?? ''),
  candidates: single('aria-switch'),
  checkedNow: ({ element }) => element.getAttribute('aria-checked') === 'true',
  checkedInMarkup: ({ element }) => element.getAttribute('aria-checked') === 'true',
  required: ({ element }, label) => requiredByMarkup(element, label),
  alwaysHidden: false,
  off: (_, { selector, kind }) => ({ selector, set: kind === 'negative' ? 'checked' : 'unchecked' }),
};
