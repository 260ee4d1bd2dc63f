import type { Profile } from './profile';
import { secondary } from './profile';
import { EU_LAW } from './eu-law';

/**
 * Spain: LSSI art. 21. As nl: the customer test is a prior contractual relationship (a free account
 * is not one) and the objection must be offered at collection. Its verdict table is nl's.
 */
/** Art. 21.2: the customer exception, its conditions and the objection in every message. */
const ART_21_2 = secondary('LSSI art. 21.2');

export const es: Profile = {
  id: 'es',
  marks: { code: 'ES', tld: 'es', languages: ['es'], currencies: ['EUR'], legalNotices: [/\bES\s?[A-Z]\d{7}[A-Z0-9]\b/, /\b(CIF|NIF)\b\W{0,5}[A-Z]\d{7,8}/] },
  quoteRequest: 'unsettled',
  unsubscribeNotice: 'any-time',
  grounds: {
    consent: [secondary('LSSI art. 21.1')],
    customer: [ART_21_2],
    everyMessage: [ART_21_2],
    sale: [ART_21_2],
    notice: [ART_21_2],
    partnersNamed: [EU_LAW.edpbConsent],
  },
};
