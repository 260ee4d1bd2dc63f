import type { Profile } from './profile';
import { secondary, verified } from './profile';

/**
 * Germany: UWG §7 (e-mail is §7(2) Nr. 2 since the 2022 renumbering; older judgments cite Nr. 3).
 * As nl, plus: the form must say that one can object at any time at no cost beyond basic-rate
 * transmission (§7(3) Nr. 4), and an unticked "tick if you do not consent" is no consent (Payback).
 */
export const de: Profile = {
  id: 'de',
  marks: { code: 'DE', tld: 'de', languages: ['de'], currencies: ['EUR'], legalNotices: [/\bDE\s?\d{9}\b/, /\bHRB\s?\d{3,6}\b/] },
  quoteRequest: 'unsettled',
  unsubscribeNotice: 'any-time-at-no-cost',
  grounds: {
    consent: [verified('UWG §7(2) Nr. 2')],
    customer: [verified('UWG §7(3)')],
    everyMessage: [verified('UWG §7(3) Nr. 4')],
    // Whether a free account is a "Verkauf", before or after Inteligo (C-654/23), is not settled.
    sale: [verified('UWG §7(3) Nr. 1')],
    notice: [secondary('LG Paderborn 2 O 325/23')],
    partnersNamed: [verified('BGH I ZR 7/16')],
    objectionNotice: [verified('UWG §7(3) Nr. 4'), secondary('LG Paderborn 2 O 325/23')],
    optOutNotConsent: [verified('BGH VIII ZR 348/06 (Payback)')],
  },
};
