import type { Report, Verdict } from '../../core/types.js';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A marketing control as numbered on the annotated screenshot. */
export interface Mark {
  n: number;
  selector: string;
  label: string;
  verdict: Verdict;
  /** Page coordinates of the outline; null when nothing of the control can be seen. */
  box: Box | null;
  closeup: string | null;
}

/** What is needed to reproduce or check a scan, added to the contract report as `run`. */
export interface RunMetadata {
  requestedUrl: string;
  finalUrl: string;
  httpStatus: number | null;
  browser: string;
  userAgent: string;
  viewport: { width: number; height: number };
  locale: string;
  profile: string;
  /** False when the page never became quiet and was scanned when the wait limit ran out. */
  quiet: boolean;
  flowStep: number | null;
  dom: { sha256: string; frames: { selector: string; url: string; sha256: string }[] };
  screenshot: string | null;
  marks: Mark[];
}

export type LiveReport = Report & { run: RunMetadata };
