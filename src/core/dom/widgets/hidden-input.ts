import { fieldNameHas } from '../../lexicons/any-language';
import type { Candidate, Scope } from '../discover';
import { formOwner } from '../form-owner';
import { isBooleanValue, isTruthyValue, offValueOf, onValueOf } from '../yes-no';
import type { Widget } from './widget';
import { ARIA_SWITCH } from './aria-switch';
import { attributeOf } from '../attribute';

const nameOf = (element: Element) => attributeOf(element, 'name');
const valueOf = (element: Element) => attributeOf(element, 'value');
const valueParts = (value: string) => value.split(/[,;|\s]+/).filter(Boolean);
const namesSignup = (value: string) => valueParts(value).some((part) => fieldNameHas('marketing', part));

/**
 * A choice only when name and value say so together: `newsletter=1`, `accepts_marketing=true`,
 * or a list field whose value names the sign-up (`contact[tags]=newsletter`). Fields that keep
 * books (MailPoet's `…_optin_present=1` only records that its box was shown) never are.
 */
export function isMarketingChoice(element: Element): boolean {
  const name = nameOf(element);
  if (!name || fieldNameHas('bookkeeping', name)) return false;
  const value = valueOf(element);
  if (fieldNameHas('marketing', name) && isBooleanValue(value)) return true;
  return fieldNameHas('listNames', name) && namesSignup(value);
}

/** A list value that names the sign-up is on; a yes/no value is on when it says yes. */
const isOn = (value: string) => (isBooleanValue(value) ? isTruthyValue(value) : namesSignup(value));

function offValue(value: string): string {
  if (isBooleanValue(value)) return offValueOf(value);
  return valueParts(value).filter((part) => !fieldNameHas('marketing', part)).join(',');
}

const VISIBLE_CHOICES = `input[type=checkbox],input[type=radio],select,${ARIA_SWITCH}`;

/** A tag beside a visible marketing box (Shopify's footer form with an "I agree" box) is the box's list, not a second choice. */
function tagOfVisibleBox(element: Element): boolean {
  if (fieldNameHas('marketing', nameOf(element))) return false;
  const form = formOwner(element);
  return !!form && Array.from(form.querySelectorAll(VISIBLE_CHOICES)).some((box) => fieldNameHas('marketing', box.getAttribute('name') ?? box.id));
}

/** Several hidden values that make one sign-up (a tag and a flag) are one control a person cannot see. */
function oneSignupPerForm(hidden: Element[], scope: Scope): Candidate[] {
  const seen = new Set<string>();
  const kept: Candidate[] = [];
  const formNumbers = new Map<Element | null, number>();
  for (const element of hidden) {
    const form = formOwner(element) ?? element.parentElement;
    if (!formNumbers.has(form)) formNumbers.set(form, formNumbers.size);
    const name = nameOf(element);
    const key = `${formNumbers.get(form)}|${fieldNameHas('thirdParty', name)}|${fieldNameHas('negative', name)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    kept.push({ element, widget: 'hidden-input', scope });
  }
  return kept;
}

/** `<input type=hidden name=newsletter value=1>`: a marketing choice nobody can see or change. */
export const hiddenInput: Widget = {
  kind: 'hidden-input',
  type: 'hidden',
  selector: 'input',
  matches: (element) =>
    element.tagName === 'INPUT' && attributeOf(element, 'type').toLowerCase() === 'hidden' && isMarketingChoice(element),
  // `<input type=hidden name=x value=0>` before a checkbox named x is only the unticked fallback.
  candidates: (kept, scope, shown) => oneSignupPerForm(kept.filter((element) => !shown.has(nameOf(element)) && !tagOfVisibleBox(element)), scope),
  checkedNow: ({ element }) => isOn(valueOf(element)),
  checkedInMarkup: ({ element }) => isOn(valueOf(element)),
  required: () => false,
  alwaysHidden: true,
  // A refusal field (`unsubscribe=0`) is switched off by answering yes to it.
  off: ({ element }, { selector, kind }) => ({ selector, set: 'value', value: kind === 'negative' ? onValueOf(valueOf(element)) : offValue(valueOf(element)) }),
};
