import type { Channel, FormContext } from '../types';

/** The rest of one clause: anything up to a sentence or clause break. */

/** What a lexicon's context words point to: a form context, or a donation (which decides none). */
export type ContextWords = Exclude<FormContext, 'unknown'> | 'donation';
export const CLAUSE = '[^.;:!?(),\\u2013\\u2014]*';

/** Words inside field names (`name`, `id`, `autocomplete`), split at `_ - [ ] .`. */
export interface FieldNameWords {
  /** A hidden input named so submits a marketing choice: "newsletter", "accepts_marketing". */
  marketing: string[];
  /** The choice covers partners: "partner_offers". */
  thirdParty: string[];
  /** A yes means no marketing: "optout", "no_newsletter". */
  negative: string[];
  /** A payment field: a purchase is being made ("cardnumber", "betaalmethode"). */
  payment: string[];
  /** Only keeps books, never a choice, whatever else the name says: MailPoet's `…_optin_present`, a CSRF token. */
  bookkeeping: string[];
  /** Carries the list or tag a sign-up joins, named in its value: Shopify's `contact[tags]=newsletter`. */
  listNames: string[];
}

/**
 * One language's wording knowledge. Every entry is a regular-expression fragment matched
 * against `normalizeText` output (lower case, no diacritics) from a word start; add `\b`
 * at the end where a stem must not run on. Every language has every category: a meta-test
 * enforces it.
 */
export interface Lexicon {
  lang: string;
  /** Frequent function words, for telling languages apart. */
  stopwords: string[];
  /** What a person would receive that makes a box marketing: "nieuwsbrief", "aanbiedingen". */
  marketing: string[];
  /** Marketing only next to a receiving verb: "e-mails", "nieuws", "updates". */
  weakMarketing: string[];
  /** Receiving or signing-up verbs: "ontvangen", "inschrijven", "mail me". */
  receiving: string[];
  /** Phrases removed before looking for marketing: they look like it but are not. */
  neverMatch: string[];
  /** Reassurances removed before polarity and third-party analysis: "geen spam". */
  reassurance: string[];
  /** "Afmelden kan altijd": the unsubscribe notice (lid 4), not a refusal. */
  unsubscribeNotice: string[];
  /** Statements that marketing will come, without a control: "u ontvangt ook onze nieuwsbrief". */
  priorNotice: string[];
  /** Costs nothing: with an unsubscribe notice, the German "at any time, at basic-rate cost only" notice. */
  freeOfCharge: string[];
  /** The form asks for a quote or an offer for the person: "offerte aanvragen", "request a quote". */
  quoteRequest: string[];
  /** Words that flip what a tick means: "geen", "niet". */
  negators: string[];
  /** Words that start a contrast ("maar", "but"): a negation before one is not the mailing's after it. */
  contrasts: string[];
  /** Words that open a condition ("if", "als", "wenn"): a negation inside one that names no mailing is not the tick's. */
  conditions: string[];
  /** Verbs of not getting or leaving: "afmelden", "opt out", "missen". */
  negativeVerbs: string[];
  /** Verbs of missing out: a negated "miss" is a clean positive ("geen aanbiedingen missen"). */
  missVerbs: string[];
  /** Instructions to remove a tick: "haal het vinkje weg". They flip like a negator. */
  untickInstructions: string[];
  /** Instructions to tick: "vink aan als…". The clause holding one says what a tick means. */
  tickInstructions: string[];
  /** Yes / no interjections and option labels. */
  yes: string[];
  no: string[];
  /** Form values that answer yes, each with the value that answers no: `['ja', 'nee']`. */
  answerValues: [yes: string, no: string][];
  fieldNames: FieldNameWords;
  /** Words in the class or id of a block that is a sign-up form: "newsletter". */
  signupBlocks: string[];
  /** Words in the class or id of a product filter block (facets, layered navigation): not a form to judge. */
  filterBlocks: string[];
  /** Acceptance of terms, privacy or the order: marketing beside it is bundled. */
  termsAcceptance: string[];
  thirdParty: string[];
  channels: Record<Channel, string[]>;
  /** Purpose so vague a reader cannot tell it is advertising: "blijf op de hoogte". */
  vaguePurpose: string[];
  /**
   * Signals of each form context in buttons, headings and text; `donation` is a gift, not a sale:
   * whether a donor is a customer is not settled, so a form that is mainly a donation reads as `unknown`.
   */
  context: Record<ContextWords, string[]>;
}
