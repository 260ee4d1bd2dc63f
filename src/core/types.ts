import type { WidgetKind } from './dom/widgets/kinds';

// The report shapes of docs/report-format.md (schema "vinkje/1"). Plain JSON only:
// these objects cross extension messages, feed the popup and are what the CLI prints.

export const SCHEMA = 'vinkje/1' as const;

export type Kind = 'opt-in' | 'soft-opt-in' | 'negative' | 'bundled';
export type Channel = 'email' | 'sms' | 'phone' | 'post' | 'push' | 'social';
export type FormContext = 'purchase' | 'registration' | 'newsletter' | 'contact' | 'survey' | 'unknown';
export type Verdict = 'compliant' | 'non-compliant' | 'needs-review' | 'no-marketing';
export type RequirementStatus = 'met' | 'not-met' | 'unknown' | 'not-applicable';
export type RequirementId =
  | 'priorNotice'
  | 'objection'
  | 'customerRelation'
  | 'ownProducts'
  | 'relatedProducts'
  | 'unsubscribeNotice';
/** violation → non-compliant, review → needs-review, warning and info never flip a verdict. */
export type Severity = 'violation' | 'review' | 'warning' | 'info';
/**
 * The law a form is judged by: a country's own rules, or `eu-consent`, the GDPR consent view without
 * the customer exception. Each has its data in `src/core/profiles/<id>.ts`.
 */
export const PROFILES = ['nl', 'eu-consent', 'de', 'fr', 'uk', 'be', 'es'] as const;
export type ProfileId = (typeof PROFILES)[number];
export const isProfileId = (value: unknown): value is ProfileId => PROFILES.includes(value as ProfileId);
/** What a person or host asks for: a profile, or `auto`, the shop's own country read from the page. */
export const AUTO_PROFILE = 'auto' as const;
export type ProfileChoice = ProfileId | typeof AUTO_PROFILE;
export const isProfileChoice = (value: unknown): value is ProfileChoice => value === AUTO_PROFILE || isProfileId(value);
export type UiLang = 'nl' | 'en';
/** `radio` is a yes/no choice: a radio pair or a `<select>` (see `widget`). */
export type ControlType = 'checkbox' | 'radio' | 'switch' | 'hidden';
export type { WidgetKind } from './dom/widgets/kinds';

export interface Classification {
  lang: string;
  marketing: boolean;
  kind: Kind | null;
  thirdParty: boolean;
  bundled: boolean;
  channels: Channel[];
  confidence: number;
  evidence: string[];
  /** Wording problems found in the text itself, e.g. `double-negative`, `vague-purpose`. */
  wordingFindings: string[];
}

export interface ClassifyResult extends Omit<Classification, 'wordingFindings'> {
  schema: typeof SCHEMA;
  id?: unknown;
  text: string;
  checked: boolean;
  /** Wording findings; with a context, every rule that fires for such a box on such a form. */
  findings: string[];
  context?: FormContext;
  verdict?: Verdict;
}

/** How to set a control to "no marketing": what the one-click untick does. */
export interface MarketingOffAction {
  selector: string;
  set: 'checked' | 'unchecked' | 'value';
  value?: string;
}

/** How a control stands, read by its widget adapter. */
export interface ControlState {
  /** As the shop set it, which the verdict judges (see `AuditOptions.changedByUser`). */
  checked: boolean;
  /** The state now: differs from `checked` once the shopper changed the control. */
  checkedNow: boolean;
  disabled: boolean;
  required: boolean;
  /** No person can see or operate it, nor a proxy for it. */
  hidden: boolean;
}

export interface ControlReport extends ControlState {
  selector: string;
  type: ControlType;
  widget: WidgetKind;
  label: string;
  marketing: boolean;
  kind: Kind | null;
  thirdParty: boolean;
  bundled: boolean;
  channels: Channel[];
  lang: string;
  confidence: number;
  evidence: string[];
  /** Marketing is switched on if the person submits without touching this control. */
  marketingOnByDefault: boolean;
  verdict: Verdict;
  findings: string[];
  off: MarketingOffAction | null;
}

export interface Requirement {
  status: RequirementStatus;
  evidence: string;
}

/**
 * A rule that fired. The engine reports ids only; its title and explanation are looked up in
 * the reader's language when the report is shown (`_locales`, `rule_<id>_title` / `_text`),
 * and `message` is filled in then for the JSON the CLI and the exports print.
 */
export interface Finding {
  rule: string;
  severity: Severity;
  control?: string;
  legal: string[];
  message?: string;
}

/** What told the form's context, e.g. a button and its text; worded in the reader's language when shown. */
export type SignalKind =
  | 'button' | 'heading' | 'pageHeading' | 'pageTitle' | 'url'
  | 'passwordField' | 'messageField' | 'paymentField' | 'onlyEmailField' | 'price' | 'pagePrice'
  | 'nearText' | 'landmark' | 'formName';

export interface ContextSignal {
  signal: SignalKind;
  /** The text it was read from, quoted as written. */
  quote?: string;
}

export interface FormReport {
  selector: string;
  context: FormContext;
  contextEvidence: ContextSignal[];
  verdict: Verdict;
  controls: ControlReport[];
  requirements: Record<RequirementId, Requirement>;
  findings: Finding[];
}

/** What on the page told the shop's country. */
export type CountrySignalKind = 'tld' | 'lang' | 'hreflang' | 'locale' | 'currency' | 'countryField' | 'legalNotice' | 'structuredData';

export interface CountrySignal {
  signal: CountrySignalKind;
  /** ISO 3166-1 alpha-2 code it points to (`GB` for the United Kingdom). */
  country: string;
  /** The text it was read from, quoted as written: ".de", "de-DE", "EUR", "DE 123456789". */
  quote: string;
}

/** Why the report's `profile` was used: chosen by the person, or read from the page (`auto`). */
export interface ProfileReason {
  chosen: ProfileChoice;
  /** The shop's country as the page tells it (null when it does not), with the signals that agree on it. */
  country: string | null;
  signals: CountrySignal[];
}

export interface Report {
  schema: typeof SCHEMA;
  source: string;
  scannedAt: string;
  /** The profile the forms were judged under (never `auto`). */
  profile: ProfileId;
  profileReason: ProfileReason;
  lang: string;
  tool: { name: 'vinkje'; version: string; ruleset: string };
  verdict: Verdict;
  forms: FormReport[];
  /** Limits that were hit while scanning (e.g. too many controls); empty when complete. */
  truncated: string[];
}

/** Host-specific layout knowledge, passed in because the engine has no globals. */
export interface LayoutProbe {
  /** true / false when the host can tell from real layout, undefined to fall back to styles. */
  isRendered(element: Element): boolean | undefined;
}

export interface AuditOptions {
  /** `auto` (the default): the shop's country read from the page, `nl` when it gives none. */
  profile?: ProfileChoice;
  /** Language hint (ISO 639-1) for the page's wording; detected per control when absent. */
  lang?: string;
  /** Page URL: a context signal and the report's `source` unless `source` is given. */
  url?: string;
  source?: string;
  scannedAt?: Date;
  toolVersion?: string;
  layout?: LayoutProbe;
  /**
   * Controls the person changed themselves (the extension tracks trusted events). For those
   * the verdict judges the page's default (`defaultChecked`), for all others the live state:
   * scripts (Vue, plain JS) often pre-tick a box without any attribute.
   */
  changedByUser?: (element: Element) => boolean;
  /** Upper bound on controls examined (a hostile page may hold 100 000). */
  maxControls?: number;
}

export interface ClassifyOptions {
  checked?: boolean;
  lang?: string;
  context?: FormContext;
  profile?: ProfileId;
}
