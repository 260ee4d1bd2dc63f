import type { Profile } from './profile';
import { secondary, verified } from './profile';

/** Netherlands: Telecommunicatiewet art. 11.7 as the ACM reads it (a paying customer). The default. */
export const nl: Profile = {
  id: 'nl',
  marks: { code: 'NL', tld: 'nl', languages: ['nl'], currencies: ['EUR'], legalNotices: [/\bNL\s?\d{9}\s?B\s?\d{2}\b/, /\bkvk\b\D{0,20}\d{8}\b/i] },
  // Rb Rotterdam 2 Oct 2014 (ECLI:NL:RBROT:2014:8039): asking for a quote is not a sale.
  quoteRequest: 'no-sale',
  unsubscribeNotice: 'any-time',
  grounds: {
    // The current consolidated text of art. 11.7 was not consulted: the lid numbers follow the 2009 amendment.
    consent: [secondary('Tw art. 11.7 lid 1')],
    customer: [secondary('Tw art. 11.7 lid 3')],
    everyMessage: [secondary('Tw art. 11.7 lid 4')],
    sale: [secondary('ACM via DDMA: a paying customer')],
    notice: [secondary('ACM via DDMA: notice on the form, not only in the terms')],
    partnersNamed: [verified('Rb Rotterdam 2014 (Daisycon): partners must be named')],
  },
};
