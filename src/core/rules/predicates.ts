import type { FormContext } from '../types';
import type { ControlFacts } from './rule';

/** Contexts with no sale, so no customer: a free account, a survey or contest, a contact form. */
export const NO_SALE: readonly FormContext[] = ['registration', 'survey', 'contact'];

export const isNegative = (c: ControlFacts) => c.kind === 'negative';
export const isPositive = (c: ControlFacts) => c.kind === 'opt-in' || c.kind === 'soft-opt-in';
/** Seen and operable: a person can change it before submitting. */
export const isOperable = (c: ControlFacts) => !c.hidden && !c.disabled;
/** Operable and not forced: the wording table of docs/decisions.md §4 applies. */
export const isFreeChoice = (c: ControlFacts) => isOperable(c) && !c.required;
/** Submitting without touching it switches marketing on. */
export const marketingOnByDefault = (c: ControlFacts) => (isNegative(c) ? !c.checked : c.checked);
/** On a newsletter-only form the shop's own "on" value is the sign-up itself (decisions.md §4). */
export const isOwnSignup = (c: ControlFacts) => c.context === 'newsletter' && !c.thirdParty && !c.bundled && !isNegative(c);
/** Marketing on unless refused, for the shop's own products, where a sale is or may be made: the customer exception's case. */
export const reliesOnCustomerException = (c: ControlFacts) =>
  isFreeChoice(c) && marketingOnByDefault(c) && !c.thirdParty && !c.bundled && (c.context === 'purchase' || c.context === 'unknown');
export const withoutSale = (c: ControlFacts) => NO_SALE.includes(c.context);
