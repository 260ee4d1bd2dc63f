import type { Profile } from './profile';
import { secondary, verified } from './profile';
import { EU_LAW } from './eu-law';

/** The GDPR consent view: no customer exception, so only an active, specific tick counts. No country. */
export const euConsent: Profile = {
  id: 'eu-consent',
  marks: null,
  quoteRequest: 'unsettled',
  unsubscribeNotice: 'any-time',
  grounds: {
    consent: [secondary('ePrivacy art. 13(1)')],
    customer: [EU_LAW.ePrivacyCustomer],
    everyMessage: [EU_LAW.ePrivacyCustomer],
    sale: [],
    notice: [verified('GDPR art. 4(11), 7')],
    partnersNamed: [EU_LAW.edpbConsent],
  },
};
