import type { Profile } from './profile';

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
    consent: [{ ref: 'WER art. XII.13 §1', certainty: 'secondary' }],
    customer: [{ ref: 'KB 4 april 2003 art. 1', certainty: 'secondary' }],
    everyMessage: [{ ref: 'KB 4 april 2003 art. 1', certainty: 'secondary' }],
    sale: [{ ref: 'KB 4 april 2003 art. 1, 1°, a)', certainty: 'secondary' }],
    notice: [{ ref: 'GBA/APD', certainty: 'verified' }],
    partnersNamed: [{ ref: 'EDPB Guidelines 05/2020', certainty: 'verified' }],
    boxOnSameForm: [{ ref: 'GBA/APD', certainty: 'verified' }, { ref: 'KB 4 april 2003 art. 1, 1°, c)', certainty: 'secondary' }],
  },
};
