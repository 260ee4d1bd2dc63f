import type { Profile } from './profile';

/** Netherlands: Telecommunicatiewet art. 11.7 as the ACM reads it (a paying customer). The default. */
export const nl: Profile = {
  id: 'nl',
  marks: { code: 'NL', tld: 'nl', languages: ['nl'], currencies: ['EUR'], legalNotices: [/\bNL\s?\d{9}\s?B\s?\d{2}\b/, /\bkvk\b\D{0,20}\d{8}\b/i] },
  // Rb Rotterdam 2 Oct 2014 (ECLI:NL:RBROT:2014:8039): asking for a quote is not a sale.
  quoteRequest: 'no-sale',
  unsubscribeNotice: 'any-time',
  grounds: {
    // The current consolidated text of art. 11.7 was not consulted: the lid numbers follow the 2009 amendment.
    consent: [{ ref: 'Tw art. 11.7 lid 1', certainty: 'secondary' }],
    customer: [{ ref: 'Tw art. 11.7 lid 3', certainty: 'secondary' }],
    everyMessage: [{ ref: 'Tw art. 11.7 lid 4', certainty: 'secondary' }],
    sale: [{ ref: 'ACM via DDMA: a paying customer', certainty: 'secondary' }],
    notice: [{ ref: 'ACM via DDMA: notice on the form, not only in the terms', certainty: 'secondary' }],
    partnersNamed: [{ ref: 'Rb Rotterdam 2014 (Daisycon): partners must be named', certainty: 'verified' }],
  },
};
