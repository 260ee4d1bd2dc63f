import { closeSync, createReadStream, fstatSync, ftruncateSync, openSync, readSync, writeSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { worstVerdict } from '../../../core/index.js';
import { SCHEMA, type Verdict } from '../../../core/types.js';
import type { JobOutcome } from '../run/job.js';
import type { LiveReport } from '../scan/page.js';

const CHUNK = 64 * 1024;

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

/** Pages per verdict, and the pages that could not be audited. */
export type Totals = Record<Verdict | 'failed', number>;

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

export async function countVerdicts(lines: AsyncIterable<ResultLine>): Promise<Totals> {
  const totals: Totals = { 'non-compliant': 0, 'needs-review': 0, compliant: 0, 'no-marketing': 0, failed: 0 };
  for await (const line of lines) totals[line.ok ? line.verdict! : 'failed'] += 1;
  return totals;
}

/** docs/report-format.md: 1 when anything is non-compliant; else 2 when a page could not be audited; else 0. */
export function exitCode(totals: Totals): number {
  if (totals['non-compliant'] > 0) return 1;
  return totals.failed > 0 ? 2 : 0;
}

/** Cuts a line that a killed run left half-written, so the file ends with a complete line. */
function dropPartialTail(fd: number): void {
  const size = fstatSync(fd).size;
  const buffer = Buffer.alloc(CHUNK);
  for (let end = size; end > 0; end -= CHUNK) {
    const start = Math.max(0, end - CHUNK);
    readSync(fd, buffer, 0, end - start, start);
    const newline = buffer.subarray(0, end - start).lastIndexOf(0x0a);
    if (newline >= 0) return ftruncateSync(fd, start + newline + 1);
  }
  ftruncateSync(fd, 0);
}

/** Every complete, readable line of a results file, one at a time (the file may be large). */
export async function* readResultLines(file: string): AsyncGenerator<ResultLine> {
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  for await (const line of lines) {
    try {
      const parsed = JSON.parse(line) as ResultLine;
      if (typeof parsed.key === 'string') yield parsed;
    } catch {
      // not a result line: skipped, and its job runs again
    }
  }
}

/** results.jsonl: appended one whole line per job with a single write; reopening resumes where a run stopped. */
export class ResultsLog {
  private constructor(
    private readonly fd: number,
    private readonly done: Set<string>,
  ) {}

  static async open(file: string): Promise<ResultsLog> {
    const fd = openSync(file, 'a+');
    dropPartialTail(fd);
    const done = new Set<string>();
    for await (const line of readResultLines(file)) done.add(line.key);
    return new ResultsLog(fd, done);
  }

  has(key: string): boolean {
    return this.done.has(key);
  }

  get size(): number {
    return this.done.size;
  }

  append(line: ResultLine): void {
    if (this.done.has(line.key)) return;
    const bytes = Buffer.from(`${JSON.stringify(line)}\n`);
    for (let written = 0; written < bytes.length; ) written += writeSync(this.fd, bytes, written);
    this.done.add(line.key);
  }

  close(): void {
    closeSync(this.fd);
  }
}
