import { InputError } from '../input-error.js';
import { auditToDirectory } from './audit-to-directory.js';
import { auditToStdout } from './audit-to-stdout.js';
import { collectJobs } from './collect-jobs.js';
import type { LiveOptions } from './live-options.js';
import { parseLiveOptions } from './parse-live-options.js';

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
