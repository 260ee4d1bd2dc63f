import type { SCHEMA, Verdict } from '../../core/types.js';
import type { LiveReport } from './live-report.js';

export interface Counts {
  forms: number;
  controls: number;
  marketing: number;
  /** Findings of severity violation: what makes a form non-compliant. */
  violations: number;
}

/** One line of results.jsonl: the outcome of one job, written once, complete or not at all. */
export interface ResultLine {
  schema: typeof SCHEMA;
  key: string;
  url: string;
  ok: boolean;
  verdict: Verdict | null;
  counts: Counts | null;
  finalUrl: string | null;
  error: { reason: string; message: string } | null;
  attempts: number;
  durationMs: number;
  finishedAt: string;
  /** Evidence folder, relative to the output directory. */
  evidence: string | null;
  reports: LiveReport[];
}
