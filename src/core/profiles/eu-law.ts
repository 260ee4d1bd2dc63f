import type { Citation, EuGround } from './profile';
import { secondary, verified } from './profile';

/** EU law cited under every profile. */
export const EU_LAW: Record<EuGround, Citation> = {
  ePrivacyConsent: secondary('ePrivacy art. 13(1)'),
  ePrivacyCustomer: secondary('ePrivacy art. 13(2)'),
  gdprConsent: verified('GDPR art. 4(11), 7'),
  gdprBundling: verified('GDPR art. 7(2), 7(4), recital 43'),
  recital32: verified('GDPR recital 32'),
  planet49: verified('CJEU C-673/17 (Planet49)'),
  edpbConsent: verified('EDPB Guidelines 05/2020'),
};
