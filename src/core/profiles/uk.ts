import type { Profile } from './profile';

/**
 * United Kingdom: PECR reg. 22 and the ICO. As nl, but details obtained in "negotiations for the
 * sale" count, so a quote request is a customer context; the refusal must be offered when the
 * details are first collected (reg. 22(3)(c)).
 */
export const uk: Profile = {
  id: 'uk',
  marks: { code: 'GB', tld: 'uk', languages: [], currencies: ['GBP'], legalNotices: [/\bGB\s?\d{3}\s?\d{4}\s?\d{2}\b/] },
  quoteRequest: 'sale',
  unsubscribeNotice: 'any-time',
  grounds: {
    consent: [{ ref: 'PECR reg. 22(2)', certainty: 'secondary' }],
    customer: [{ ref: 'PECR reg. 22(3)', certainty: 'secondary' }],
    everyMessage: [{ ref: 'PECR reg. 22(3)(c)', certainty: 'secondary' }],
    sale: [{ ref: 'PECR reg. 22(3)(a)', certainty: 'secondary' }],
    notice: [{ ref: 'ICO guidance', certainty: 'verified' }],
    partnersNamed: [{ ref: 'ICO guidance', certainty: 'verified' }],
    negotiations: [{ ref: 'PECR reg. 22(3)(a)', certainty: 'secondary' }],
    // The ICO fined Honda (2017) for asking preferences later when no refusal was offered initially.
    refusalAtCollection: [{ ref: 'PECR reg. 22(3)(c)', certainty: 'secondary' }, { ref: 'ICO, Honda 2017', certainty: 'secondary' }],
  },
};
