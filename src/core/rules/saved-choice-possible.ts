import { PROFILES } from '../types';
import { controlRule } from './rule';
import { isOperable, marketingOnByDefault } from './predicates';

/**
 * A form that shows a saved e-mail address in its markup edits an account: a person signed in
 * (PrestaShop's "Your personal information", Sylius's and nopCommerce's profile pages). A box
 * with marketing on there shows, most likely, the person's own earlier choice rather than a
 * default the shop set: it is judged as the box they found before they chose
 * (report/judge-control.ts), and this warning says so.
 */
export const savedChoicePossible = controlRule({
  id: 'saved-choice-possible',
  severity: 'warning',
  profiles: PROFILES,
  legal: ['gdprConsent'],
  // Only a box the person can operate shows their choice: a hidden or disabled value is the shop's.
  check: (c) => c.showsSavedAddress && isOperable(c) && marketingOnByDefault(c),
});
