import type { ProfileId } from '../types';

/**
 * How sure a citation is (docs/decisions.md §5): checked in the statute, judgment or regulator's own
 * text; only in secondary sources (law firms, trade associations); or not checked at all. The rule
 * texts never claim more than this allows.
 */
export type Certainty = 'verified' | 'secondary' | 'unverified';

export interface Citation {
  ref: string;
  certainty: Certainty;
}

/** A citation checked in the source's own text. */
export const verified = (ref: string): Citation => ({ ref, certainty: 'verified' });
/** A citation known only from secondary sources. */
export const secondary = (ref: string): Citation => ({ ref, certainty: 'secondary' });

/** Grounds every national profile cites in its own law. */
export type NationalGround = 'consent' | 'customer' | 'everyMessage' | 'sale' | 'notice' | 'partnersNamed';
/** Grounds only one profile has: the conditions that make its verdict table differ. */
export type OwnGround = 'objectionNotice' | 'optOutNotConsent' | 'pretickedCustomerBox' | 'beforeValidation' | 'negotiations' | 'refusalAtCollection' | 'boxOnSameForm';
/** EU law, the same under every profile. */
export type EuGround = 'ePrivacyConsent' | 'ePrivacyCustomer' | 'gdprConsent' | 'gdprBundling' | 'recital32' | 'planet49' | 'edpbConsent';
export type LegalGround = NationalGround | OwnGround | EuGround;

/** What on a page points to the profile's country (read by `context/shop-country.ts`). */
export interface CountryMarks {
  /** ISO 3166-1 alpha-2; `GB` for the United Kingdom. */
  code: string;
  /** The last label of the host name: "de", "uk". */
  tld: string;
  /** Languages (ISO 639-1) mostly spoken only here: a page in one of them leans to this country. */
  languages: string[];
  /** ISO 4217 codes in use here. A shared currency (EUR) only supports what other signals say. */
  currencies: string[];
  /** Identifiers in an imprint or footer: VAT numbers, company-register numbers. */
  legalNotices: RegExp[];
}

export interface Profile {
  id: ProfileId;
  /** The country whose law it applies; null for the EU-wide consent view. */
  marks: CountryMarks | null;
  /**
   * How the customer test reads a quote request: a sale (uk: "negotiations for the sale"), no sale
   * (nl: Rb Rotterdam 2014), or unsettled, when the form's context decides as for any other form.
   */
  quoteRequest: 'sale' | 'no-sale' | 'unsettled';
  /**
   * What the form's unsubscribe notice must say: that one can unsubscribe at any time (every
   * profile), or also that it costs nothing beyond basic-rate transmission (de: UWG §7(3) Nr. 4),
   * in which case a form without it visibly fails the condition.
   */
  unsubscribeNotice: 'any-time' | 'any-time-at-no-cost';
  /** The profile's own citations for every national and own ground its rules cite. */
  grounds: Partial<Record<NationalGround | OwnGround, Citation[]>>;
  /** Where EU law no longer applies (the United Kingdom since 2021): what the profile cites instead. */
  insteadOfEuLaw?: Partial<Record<EuGround, Citation[]>>;
}
