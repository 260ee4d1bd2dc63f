import { PROFILES } from '../types';
import { controlRule } from './rule';
import { marketingOnByDefault } from './predicates';

/**
 * A form that shows a saved e-mail address in its markup edits an account: a person signed in
 * (PrestaShop's "Your personal information", Magento's newsletter page). A box ticked there may
 * be their own earlier choice rather than a default the shop set, and the page cannot tell
 * which, so the verdict of such a box is at most needs-review (report/judge-control.ts).
 */
export const savedChoicePossible = controlRule({
  id: 'saved-choice-possible',
  severity: 'warning',
  profiles: PROFILES,
  legal: ['gdprConsent'],
  check: (c) => c.showsSavedAddress && marketingOnByDefault(c),
});
