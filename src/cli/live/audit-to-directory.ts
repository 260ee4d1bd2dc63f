import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { InputError } from '../input-error.js';
import { exitCode } from './exit-code.js';
import type { LiveSettings } from './live-options.js';
import type { Job } from './plan-jobs.js';
import type { ResultLine } from './result-line.js';
import { readResultLines, ResultsLog } from './results-log.js';
import { runWithBrowser } from './run-with-browser.js';
import { writeEvidence } from './write-evidence.js';
import { countVerdicts, writeIndexHtml } from './write-index-html.js';
import { writeSummaryCsv } from './write-summary-csv.js';

type Io = { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream };

/** With --out: evidence per page, results.jsonl (resumable), then index.html and summary.csv over all results. */
export async function auditToDirectory(jobs: Job[], settings: LiveSettings, io: Io): Promise<number> {
  const out = settings.out!;
  await mkdir(out, { recursive: true }).catch((error: NodeJS.ErrnoException) => {
    throw new InputError(`${out}: cannot create output directory (${error.code ?? error.message})`);
  });
  const results = join(out, 'results.jsonl');
  const log = await ResultsLog.open(results);
  const todo = jobs.filter((job) => !log.has(job.key));
  const onResult = async (line: ResultLine): Promise<void> => {
    if (line.evidence) await writeEvidence(join(out, line.evidence), line.reports, settings.messageLang);
    log.append(line);
  };
  let interrupted = false;
  try {
    interrupted = todo.length > 0 && (await runWithBrowser({ jobs: todo, resumed: jobs.length - todo.length, settings, stderr: io.stderr, onResult }));
  } finally {
    log.close();
  }
  const totals = await countVerdicts(readResultLines(results));
  await writeSummaryCsv(join(out, 'summary.csv'), readResultLines(results));
  await writeIndexHtml(join(out, 'index.html'), totals, readResultLines(results), `Vinkje audit: ${out}`);
  const counts = Object.entries(totals).map(([k, n]) => `${n} ${k}`).join(', ');
  io.stdout.write(`${interrupted ? 'interrupted (run the same command again to resume): ' : ''}${counts}; see ${join(out, 'index.html')}\n`);
  return interrupted ? 130 : exitCode(totals);
}
