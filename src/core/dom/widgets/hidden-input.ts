import { fieldNameHas } from '../../lexicons/any-language';
import { isBooleanValue, isTruthyValue, offValueOf } from '../yes-no';
import type { Widget } from './widget';

const valueOf = (element: Element) => element.getAttribute('value') ?? '';

/** `<input type=hidden name=newsletter value=1>`: a marketing choice nobody can see or change. */
export const hiddenInput: Widget = {
  kind: 'hidden-input',
  type: 'hidden',
  matches: (element) =>
    element.tagName === 'INPUT' && (element.getAttribute('type') ?? '').toLowerCase() === 'hidden' &&
    fieldNameHas('marketing', element.getAttribute('name') ?? '') && isBooleanValue(valueOf(element)),
  // `<input type=hidden name=x value=0>` before a checkbox named x is only the unticked fallback.
  candidates: (kept, scope, shown) => kept.filter((element) => !shown.has(element.getAttribute('name'))).map((element) => ({ element, widget: 'hidden-input', scope })),
  checkedNow: ({ element }) => isTruthyValue(valueOf(element)),
  checkedInMarkup: ({ element }) => isTruthyValue(valueOf(element)),
  required: () => false,
  alwaysHidden: true,
  off: ({ element }, { selector }) => ({ selector, set: 'value', value: offValueOf(valueOf(element)) }),
};
