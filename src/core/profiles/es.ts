import type { Profile } from './profile';
import { secondary, verified } from './profile';

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
    consent: [secondary('LSSI art. 21.1')],
    customer: [secondary('LSSI art. 21.2')],
    everyMessage: [secondary('LSSI art. 21.2')],
    sale: [secondary('LSSI art. 21.2')],
    notice: [secondary('LSSI art. 21.2')],
    partnersNamed: [verified('EDPB Guidelines 05/2020')],
  },
};
