import type { Profile } from './profile';

/**
 * Spain: LSSI art. 21. As nl: the customer test is a prior contractual relationship (a free account
 * is not one) and the objection must be offered at collection. Its verdict table is nl's.
 */
export const es: Profile = {
  id: 'es',
  marks: { code: 'ES', tld: 'es', languages: ['es'], currencies: ['EUR'], legalNotices: [/\bES\s?[A-Z]\d{7}[A-Z0-9]\b/, /\b(CIF|NIF)\b\W{0,5}[A-Z]\d{7,8}/] },
  quoteRequest: 'unsettled',
  unsubscribeNotice: 'any-time',
  grounds: {
    consent: [{ ref: 'LSSI art. 21.1', certainty: 'secondary' }],
    customer: [{ ref: 'LSSI art. 21.2', certainty: 'secondary' }],
    everyMessage: [{ ref: 'LSSI art. 21.2', certainty: 'secondary' }],
    sale: [{ ref: 'LSSI art. 21.2', certainty: 'secondary' }],
    notice: [{ ref: 'LSSI art. 21.2', certainty: 'secondary' }],
    partnersNamed: [{ ref: 'EDPB Guidelines 05/2020', certainty: 'verified' }],
  },
};
