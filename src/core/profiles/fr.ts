import type { Profile } from './profile';

/**
 * France: CPCE art. L.34-5 and the CNIL. As nl, but a pre-ticked box is not acceptable even for a
 * customer (the CNIL's guidance, known only as reproduced), and the objection must come before the
 * final validation of the form.
 */
export const fr: Profile = {
  id: 'fr',
  marks: { code: 'FR', tld: 'fr', languages: ['fr'], currencies: ['EUR'], legalNotices: [/\bFR\s?[0-9A-Z]{2}\s?\d{9}\b/, /\bsiret\b\D{0,20}\d{3}\s?\d{3}\s?\d{3}\s?\d{5}\b/i] },
  quoteRequest: 'unsettled',
  unsubscribeNotice: 'any-time',
  grounds: {
    consent: [{ ref: 'CPCE art. L.34-5 al. 1', certainty: 'verified' }],
    // Only the opening words of al. 4 were checked in the official text.
    customer: [{ ref: 'CPCE art. L.34-5 al. 4', certainty: 'secondary' }],
    everyMessage: [{ ref: 'CPCE art. L.34-5 al. 4', certainty: 'secondary' }],
    sale: [{ ref: 'CPCE art. L.34-5 al. 4', certainty: 'secondary' }],
    notice: [{ ref: 'CNIL, prospection par courrier', certainty: 'secondary' }],
    partnersNamed: [{ ref: 'EDPB Guidelines 05/2020', certainty: 'verified' }],
    pretickedCustomerBox: [{ ref: 'CNIL, prospection par courrier', certainty: 'secondary' }, { ref: 'CPCE art. L.34-5 al. 4', certainty: 'secondary' }],
    beforeValidation: [{ ref: 'LEGIARTI000037300866', certainty: 'secondary' }],
  },
};
