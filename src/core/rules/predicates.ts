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
export const withoutSale = (c: ControlFacts) => NO_SALE.includes(c.context);

export const LEGAL = {
  twConsent: 'Tw art. 11.7 lid 1',
  twCustomer: 'Tw art. 11.7 lid 3',
  twEveryMessage: 'Tw art. 11.7 lid 4',
  ePrivacyConsent: 'ePrivacy art. 13(1)',
  ePrivacyCustomer: 'ePrivacy art. 13(2)',
  gdprConsent: 'GDPR art. 4(11), 7',
  gdprBundling: 'GDPR art. 7(2), 7(4), recital 43',
  recital32: 'GDPR recital 32',
  planet49: 'CJEU C-673/17 (Planet49)',
  acmPaying: 'ACM via DDMA: a paying customer',
  acmNotice: 'ACM via DDMA: notice on the form, not only in the terms',
  edpbConsent: 'EDPB Guidelines 05/2020',
  daisycon: 'Rb Rotterdam 2014 (Daisycon): partners must be named',
} as const;
