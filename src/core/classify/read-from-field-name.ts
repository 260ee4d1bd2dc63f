import { answerOf } from '../dom/yes-no';
import { fieldNameHas } from '../lexicons/any-language';
import type { Classification, FormContext } from '../types';
import { namesSomethingElse } from './classify-wording';

/** A list's name is short; a longer label that reads as no mailing means it. */
const BARE_WORDS = 8;
/** Enough of a field's name to quote as evidence; a page may write any length. */
const QUOTED_NAME = 80;

const isBare = (label: string, lang: string) =>
  (label.match(/\p{L}+/gu) ?? []).length <= BARE_WORDS && !namesSomethingElse(label, lang);

/**
 * Whether the field is a mailing list's, on a sign-up form. Only there: elsewhere `optin`,
 * `subscription[autorenew]` or `mailing_address_same` name consents, plans and addresses too.
 */
const listOnSignup = (name: string, context: FormContext) =>
  context === 'newsletter' && !fieldNameHas('bookkeeping', name) && fieldNameHas('listNames', name);

/**
 * A box on a newsletter sign-up whose label names no mailing ("Road running", "Moestuinkalender")
 * but whose field is the list's (Mailchimp's `group[7541][1]`, MailPoet's `data[segments][]`,
 * MC4WP's `_mc4wp_lists[]`): a choice of mailing list. The label still leaves a reader unsure,
 * so the reading is weak evidence: needs-review at most.
 */
export function readFromFieldName(wording: Classification, label: string, name: string, checked: boolean, context: FormContext): Classification {
  if (wording.marketing || !name || !listOnSignup(name, context) || !isBare(label, wording.lang)) return wording;
  const negative = fieldNameHas('negative', name) !== (answerOf(label, '') === 'no');
  return {
    ...wording,
    marketing: true,
    kind: negative ? 'negative' : checked ? 'soft-opt-in' : 'opt-in',
    thirdParty: fieldNameHas('thirdParty', name),
    channels: ['email'],
    confidence: 0.6,
    evidence: [`name="${name.slice(0, QUOTED_NAME)}"`],
    wordingFindings: ['field-name-only', 'weak-evidence', 'channel-not-named'],
  };
}
