import type { Profile } from './profile';
import { EU_LAW } from './eu-law';

/** The GDPR consent view: no customer exception, so only an active, specific tick counts. No country. */
export const euConsent: Profile = {
  id: 'eu-consent',
  marks: null,
  quoteRequest: 'unsettled',
  unsubscribeNotice: 'any-time',
  grounds: {
    consent: [EU_LAW.ePrivacyConsent],
    customer: [EU_LAW.ePrivacyCustomer],
    everyMessage: [EU_LAW.ePrivacyCustomer],
    sale: [],
    notice: [EU_LAW.gdprConsent],
    partnersNamed: [EU_LAW.edpbConsent],
  },
};
