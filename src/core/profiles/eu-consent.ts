import type { Profile } from './profile';

/** The GDPR consent view: no customer exception, so only an active, specific tick counts. No country. */
export const euConsent: Profile = {
  id: 'eu-consent',
  marks: null,
  quoteRequest: 'unsettled',
  unsubscribeNotice: 'any-time',
  grounds: {
    consent: [{ ref: 'ePrivacy art. 13(1)', certainty: 'secondary' }],
    customer: [{ ref: 'ePrivacy art. 13(2)', certainty: 'secondary' }],
    everyMessage: [{ ref: 'ePrivacy art. 13(2)', certainty: 'secondary' }],
    sale: [],
    notice: [{ ref: 'GDPR art. 4(11), 7', certainty: 'verified' }],
    partnersNamed: [{ ref: 'EDPB Guidelines 05/2020', certainty: 'verified' }],
  },
};
