import type { Profile } from './profile';
import { secondary, verified } from './profile';
import { EU_LAW } from './eu-law';

/**
 * France: CPCE art. L.34-5 and the CNIL. As nl, but a pre-ticked box is not acceptable even for a
 * customer (the CNIL's guidance, known only as reproduced), and the objection must come before the
 * final validation of the form.
 */
/** CPCE art. L.34-5 al. 4: the customer exception. */
const L34_5_4 = secondary('CPCE art. L.34-5 al. 4');

export const fr: Profile = {
  id: 'fr',
  marks: { code: 'FR', tld: 'fr', languages: ['fr'], currencies: ['EUR'], legalNotices: [/\bFR\s?[0-9A-Z]{2}\s?\d{9}\b/, /\bsiret\b\D{0,20}\d{3}\s?\d{3}\s?\d{3}\s?\d{5}\b/i] },
  quoteRequest: 'unsettled',
  unsubscribeNotice: 'any-time',
  grounds: {
    consent: [verified('CPCE art. L.34-5 al. 1')],
    // Only the opening words of al. 4 were checked in the official text.
    customer: [L34_5_4],
    everyMessage: [L34_5_4],
    sale: [L34_5_4],
    notice: [secondary('CNIL, prospection par courrier')],
    partnersNamed: [EU_LAW.edpbConsent],
    pretickedCustomerBox: [secondary('CNIL, prospection par courrier'), L34_5_4],
    beforeValidation: [secondary('LEGIARTI000037300866')],
  },
};
