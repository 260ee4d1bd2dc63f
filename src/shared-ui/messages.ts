// Every message that crosses extension contexts, as one discriminated union per receiver.
// Types only: the runtime shape checks live in is-content-request.ts and is-report-message.ts.
import type { ProfileChoice, Report } from '../core/types';

/** What the popup asks the content script of a tab. */
export type ContentRequest =
  | { type: 'vinkje:get-report' }
  | { type: 'vinkje:show-control'; selector: string }
  | { type: 'vinkje:untick-all' }
  | { type: 'vinkje:untick'; selector: string }
  | { type: 'vinkje:retick'; selectors: string[] };

/**
 * Where one marketing box stands now, keyed by its control's selector: `on` (Vinkje may untick it),
 * `unticked` (by Vinkje; it may re-tick it), `yours` (the shopper changed it: never touched),
 * `off` (no marketing, nothing to do) or `fixed` (no way to change it from here).
 */
export type BoxState = 'on' | 'unticked' | 'yours' | 'off' | 'fixed';
export type BoxStates = Record<string, BoxState>;

export interface PageState {
  host: string;
  ignored: boolean;
  report: Report | null;
  boxes: BoxStates;
}

export interface UntickCount {
  changed: number;
  skippedByUser: number;
  /** The controls this action changed: what its undo puts back. */
  selectors: string[];
}

export interface UntickResult extends UntickCount {
  boxes: BoxStates;
}

/** What a content script tells the background worker about its tab. */
export interface ReportMessage {
  type: 'vinkje:report';
  host: string;
  report: Report | null;
}

/** What the sentinel tells about its page, so the worker can pick the lexicons to inject. */
export interface PageSample {
  /** The page's `lang` attribute, as written ("nl-BE"), or empty. */
  lang: string;
  /** The title and the text around the page's candidate controls, shortened. */
  text: string;
}

/** The sentinel asks the background worker to inject the engine and the page's lexicons into its frame. */
export interface LoadEngineRequest extends PageSample {
  type: 'vinkje:load-engine';
}

export interface TabState {
  host: string;
  verdict: Report['verdict'] | null;
  problems: number;
}

export interface Settings {
  /** The rules for every site: `auto` (each shop's own country) or one profile. */
  profile: ProfileChoice;
  /** A person's choice for one site (by host name), set in the popup; it wins over `profile`. */
  siteProfiles: Record<string, ProfileChoice>;
  highlights: boolean;
  autoUntick: boolean;
  /** Reviewer mode: the legal check open on every form, the exports always in view. */
  reviewer: boolean;
  ignoredSites: string[];
}

export interface SiteProblem {
  host: string;
  verdict: Report['verdict'];
  problems: number;
  lastSeen: string;
}

/** browser.i18n.getMessage in the extension, a JSON lookup in tests. */
export type Translate = (key: string, substitutions?: string[]) => string;
