import type { Profile } from './profile';
import { secondary, verified } from './profile';
import { EU_LAW } from './eu-law';

/**
 * Belgium: WER art. XII.13 and the royal decree of 4 April 2003. As nl, but the data-protection
 * authority wants the objection on the same form as a box to tick; whether unticking a pre-ticked
 * box is enough, no source settles.
 */
export const be: Profile = {
  id: 'be',
  marks: { code: 'BE', tld: 'be', languages: [], currencies: ['EUR'], legalNotices: [/\bBE\s?0?[01]\d{3}[.\s]?\d{3}[.\s]?\d{3}\b/, /\b(KBO|BCE)\b/] },
  quoteRequest: 'unsettled',
  unsubscribeNotice: 'any-time',
  grounds: {
    consent: [secondary('WER art. XII.13 §1')],
    customer: [secondary('KB 4 april 2003 art. 1')],
    everyMessage: [secondary('KB 4 april 2003 art. 1')],
    sale: [secondary('KB 4 april 2003 art. 1, 1°, a)')],
    notice: [verified('GBA/APD')],
    partnersNamed: [EU_LAW.edpbConsent],
    boxOnSameForm: [verified('GBA/APD'), secondary('KB 4 april 2003 art. 1, 1°, c)')],
  },
};
