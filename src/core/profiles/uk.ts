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
  // PECR is the UK's ePrivacy, and consent is the UK GDPR's (the ICO's guidance on consent reads it:
  // no pre-ticked boxes, name every controller). Planet49 (2019) stays: decided before 2021.
  insteadOfEuLaw: {
    ePrivacyConsent: [{ ref: 'PECR reg. 22(2)', certainty: 'secondary' }],
    ePrivacyCustomer: [{ ref: 'PECR reg. 22(3)', certainty: 'secondary' }],
    gdprConsent: [{ ref: 'UK GDPR art. 4(11), 7', certainty: 'secondary' }],
    gdprBundling: [{ ref: 'UK GDPR art. 7(2), 7(4)', certainty: 'secondary' }],
    recital32: [{ ref: 'ICO guidance', certainty: 'verified' }],
    edpbConsent: [{ ref: 'ICO guidance', certainty: 'verified' }],
  },
};
