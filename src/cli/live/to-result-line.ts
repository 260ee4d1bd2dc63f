import { SCHEMA } from '../../core/types.js';
import type { Counts, ResultLine } from './result-line.js';
import type { JobOutcome } from './run-job.js';
import type { LiveReport } from './live-report.js';
import { worstVerdict } from '../../core/index.js';

function countsOf(reports: LiveReport[]): Counts {
  const forms = reports.flatMap((report) => report.forms);
  const controls = forms.flatMap((form) => form.controls);
  return {
    forms: forms.length,
    controls: controls.length,
    marketing: controls.filter((control) => control.marketing).length,
    violations: forms.flatMap((form) => form.findings).filter((finding) => finding.severity === 'violation').length,
  };
}

/** The results.jsonl line for a finished job. */
export function toResultLine(job: { key: string; url: string }, outcome: JobOutcome, attempts: number, durationMs: number, evidence: string | null): ResultLine {
  const base = { schema: SCHEMA, key: job.key, url: job.url, attempts, durationMs, finishedAt: new Date().toISOString() };
  if (!outcome.ok) {
    return { ...base, ok: false, verdict: null, counts: null, finalUrl: null, error: { reason: outcome.failure.reason, message: outcome.failure.message }, evidence: null, reports: [] };
  }
  const { reports } = outcome;
  const finalUrl = reports.at(-1)?.run.finalUrl ?? null;
  return { ...base, ok: true, verdict: worstVerdict(reports.map((r) => r.verdict)), counts: countsOf(reports), finalUrl, error: null, evidence, reports };
}
