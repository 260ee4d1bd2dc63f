import { paletteFor } from '../format/colors.js';
import { formatReports } from '../format/index.js';
import { exitCode } from './exit-code.js';
import type { LiveSettings } from './live-options.js';
import type { Job } from './plan-jobs.js';
import type { ResultLine } from './result-line.js';
import { runWithBrowser } from './run-with-browser.js';
import { countVerdicts } from './write-index-html.js';

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
