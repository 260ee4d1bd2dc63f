import { answerOf } from '../dom/yes-no';
import { fieldNameHas } from '../lexicons/any-language';
import type { Classification, FormContext } from '../types';
import { namesSomethingElse } from './classify-wording';

/** A list's name or a bare "Ja, graag" is short; a longer label that reads as no mailing means it. */
const BARE_WORDS = 8;
/** Enough of a field's name to quote as evidence; a page may write any length. */
const QUOTED_NAME = 80;

const isBare = (label: string, lang: string) =>
  (label.match(/\p{L}+/gu) ?? []).length <= BARE_WORDS && !namesSomethingElse(label, lang);

/** Whether the field is named for a mailing: anywhere `newsletter`, on a sign-up form also a list field. */
const namedForMailing = (name: string, context: FormContext) =>
  !fieldNameHas('bookkeeping', name) && (fieldNameHas('marketing', name) || (context === 'newsletter' && fieldNameHas('listNames', name)));

/**
 * A box whose label names no mailing ("Running", "Ja, graag") but whose field the shop's own code
 * names for one: `newsletter` or `subscribe` on any form, and on a sign-up form a list or interest
 * field (Mailchimp's `group[7541][1]`, MailPoet's `data[segments][]`, MC4WP's `_mc4wp_lists[]`).
 * The label still leaves a reader unsure, so the reading is weak evidence: needs-review at most.
 */
export function readFromFieldName(wording: Classification, label: string, name: string, checked: boolean, context: FormContext): Classification {
  if (wording.marketing || !name || !namedForMailing(name, context) || !isBare(label, wording.lang)) return wording;
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
