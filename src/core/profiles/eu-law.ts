import type { Citation, EuGround } from './profile';

/** EU law cited under every profile. */
export const EU_LAW: Record<EuGround, Citation> = {
  ePrivacyConsent: { ref: 'ePrivacy art. 13(1)', certainty: 'secondary' },
  ePrivacyCustomer: { ref: 'ePrivacy art. 13(2)', certainty: 'secondary' },
  gdprConsent: { ref: 'GDPR art. 4(11), 7', certainty: 'verified' },
  gdprBundling: { ref: 'GDPR art. 7(2), 7(4), recital 43', certainty: 'verified' },
  recital32: { ref: 'GDPR recital 32', certainty: 'verified' },
  planet49: { ref: 'CJEU C-673/17 (Planet49)', certainty: 'verified' },
  edpbConsent: { ref: 'EDPB Guidelines 05/2020', certainty: 'verified' },
};
