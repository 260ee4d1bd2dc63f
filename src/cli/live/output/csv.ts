import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import type { ResultLine } from './results.js';

const COLUMNS = ['url', 'ok', 'verdict', 'forms', 'controls', 'marketing', 'violations', 'final_url', 'error_reason', 'error_message', 'attempts', 'duration_ms', 'finished_at', 'evidence'];

// A spreadsheet runs a cell that starts with = + - @ as a formula; page-derived text must not.
const cell = (value: unknown): string => {
  const text = String(value ?? '');
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
};

function row(line: ResultLine): string {
  const c = line.counts;
  const values = [line.url, line.ok, line.verdict, c?.forms, c?.controls, c?.marketing, c?.violations, line.finalUrl, line.error?.reason, line.error?.message, line.attempts, line.durationMs, line.finishedAt, line.evidence && `${line.evidence}/report.html`];
  return values.map(cell).join(',');
}

/** summary.csv: one row per job, for spreadsheets. */
export async function writeSummaryCsv(file: string, lines: AsyncIterable<ResultLine>): Promise<void> {
  const out = createWriteStream(file);
  out.write(`${COLUMNS.join(',')}\n`);
  for await (const line of lines) if (!out.write(`${row(line)}\n`)) await once(out, 'drain');
  out.end();
  await once(out, 'finish');
}
