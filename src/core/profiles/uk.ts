import type { Profile } from './profile';
import { secondary, verified } from './profile';

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
    consent: [secondary('PECR reg. 22(2)')],
    customer: [secondary('PECR reg. 22(3)')],
    everyMessage: [secondary('PECR reg. 22(3)(c)')],
    sale: [secondary('PECR reg. 22(3)(a)')],
    notice: [verified('ICO guidance')],
    partnersNamed: [verified('ICO guidance')],
    negotiations: [secondary('PECR reg. 22(3)(a)')],
    // The ICO fined Honda (2017) for asking preferences later when no refusal was offered initially.
    refusalAtCollection: [secondary('PECR reg. 22(3)(c)'), secondary('ICO, Honda 2017')],
  },
  // PECR is the UK's ePrivacy, and consent is the UK GDPR's (the ICO's guidance on consent reads it:
  // no pre-ticked boxes, name every controller). Planet49 (2019) stays: decided before 2021.
  insteadOfEuLaw: {
    ePrivacyConsent: [secondary('PECR reg. 22(2)')],
    ePrivacyCustomer: [secondary('PECR reg. 22(3)')],
    gdprConsent: [secondary('UK GDPR art. 4(11), 7')],
    gdprBundling: [secondary('UK GDPR art. 7(2), 7(4)')],
    recital32: [verified('ICO guidance')],
    edpbConsent: [verified('ICO guidance')],
  },
};
