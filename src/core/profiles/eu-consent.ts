import type { Profile } from './profile';
import { secondary, verified } from './profile';

/** The GDPR consent view: no customer exception, so only an active, specific tick counts. No country. */
export const euConsent: Profile = {
  id: 'eu-consent',
  marks: null,
  quoteRequest: 'unsettled',
  unsubscribeNotice: 'any-time',
  grounds: {
    consent: [secondary('ePrivacy art. 13(1)')],
    customer: [secondary('ePrivacy art. 13(2)')],
    everyMessage: [secondary('ePrivacy art. 13(2)')],
    sale: [],
    notice: [verified('GDPR art. 4(11), 7')],
    partnersNamed: [verified('EDPB Guidelines 05/2020')],
  },
};
