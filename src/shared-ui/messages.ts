// Every message that crosses extension contexts, as one discriminated union per receiver.
// Types only: the runtime shape checks live in is-content-request.ts and is-report-message.ts.
import type { ProfileId, Report } from '../core/types';

/** What the popup asks the content script of a tab. */
export type ContentRequest =
  | { type: 'vinkje:get-report' }
  | { type: 'vinkje:show-control'; selector: string }
  | { type: 'vinkje:untick-all' };

export interface PageState {
  host: string;
  ignored: boolean;
  report: Report | null;
}

export interface UntickResult {
  changed: number;
  skippedByUser: number;
}

/** What a content script tells the background worker about its tab. */
export interface ReportMessage {
  type: 'vinkje:report';
  host: string;
  report: Report | null;
}

export interface TabState {
  host: string;
  verdict: Report['verdict'] | null;
  problems: number;
}

export interface Settings {
  profile: ProfileId;
  highlights: boolean;
  autoUntick: boolean;
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
