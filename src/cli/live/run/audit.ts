import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { paletteFor } from '../../format/colors.js';
import { formatReports } from '../../format/index.js';
import { InputError } from '../../input-error.js';
import { collectJobs, type Job } from '../input/jobs.js';
import { parseLiveOptions, type LiveOptions, type LiveSettings } from '../input/options.js';
import { writeEvidence } from '../output/evidence.js';
import { writeIndexHtml } from '../output/index-html.js';
import { writeSummaryCsv } from '../output/csv.js';
import { countVerdicts, exitCode, readResultLines, ResultsLog, type ResultLine } from '../output/results.js';
import { runWithBrowser } from './batch.js';

type Io = { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream };

async function* each<T>(items: T[]): AsyncGenerator<T> {
  yield* items;
}

/** Without --out: the reports in the chosen format on stdout, in input order; nothing is stored. */
export async function auditToStdout(jobs: Job[], settings: LiveSettings, io: Io): Promise<number> {
  const lines: ResultLine[] = [];
  const interrupted = await runWithBrowser({ jobs, resumed: 0, settings, stderr: io.stderr, onResult: async (line) => void lines.push(line) });
  const order = new Map(jobs.map((job, index) => [job.key, index]));
  lines.sort((a, b) => order.get(a.key)! - order.get(b.key)!);
  const reports = lines.flatMap((line) => line.reports);
  if (reports.length > 0) io.stdout.write(formatReports(reports, settings.format, settings.messageLang, paletteFor(io.stdout as NodeJS.WriteStream, process.env)));
  if (jobs.length === 1) for (const line of lines.filter((l) => !l.ok)) io.stderr.write(`vinkje: ${line.key}: ${line.error!.reason} (${line.error!.message})\n`);
  return interrupted ? 130 : exitCode(await countVerdicts(each(lines)));
}

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

/**
 * `vinkje audit` for live pages: URLs, --urls lists or sitemaps, and --flow runs, in headless Chromium.
 * Returns the exit code of docs/report-format.md; bad input is one line on stderr and code 2.
 */
export async function runLiveAudit(
  inputs: string[],
  options: LiveOptions,
  io: { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream },
): Promise<number> {
  try {
    const settings = parseLiveOptions(options);
    const jobs = await collectJobs(inputs, options, settings);
    if (jobs.length === 0) {
      if (!settings.shard) throw new InputError(`${options.urls ?? 'audit'}: no URLs to audit`);
      io.stderr.write(`vinkje: shard ${options.shard} holds none of these URLs\n`);
      return 0;
    }
    return await (settings.out ? auditToDirectory : auditToStdout)(jobs, settings, io);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    io.stderr.write(`vinkje: ${error.message}\n`);
    return 2;
  }
}
