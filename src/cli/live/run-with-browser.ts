import type { LiveSettings } from './live-options.js';
import { engineSource } from './engine-source.js';
import type { Job } from './plan-jobs.js';
import { Progress } from './progress.js';
import type { ResultLine } from './result-line.js';
import { runBatch } from './run-batch.js';
import { startBrowser } from './start-browser.js';

export interface BatchRun {
  jobs: Job[];
  /** Jobs of this batch already done by an earlier run (shown in the progress). */
  resumed: number;
  settings: LiveSettings;
  stderr: NodeJS.WritableStream;
  onResult(line: ResultLine): Promise<void>;
}

/** Runs a batch in a fresh Chromium; Ctrl-C stops it cleanly (finished lines kept). Returns whether it was interrupted. */
export async function runWithBrowser(run: BatchRun): Promise<boolean> {
  const engine = await engineSource();
  const browser = await startBrowser(run.settings.browser);
  const stop = { stopped: false };
  const interrupt = (): void => {
    stop.stopped = true;
    void browser.pool.close();
  };
  process.once('SIGINT', interrupt).once('SIGTERM', interrupt);
  const progress = run.jobs.length + run.resumed > 1 ? new Progress(run.stderr, run.jobs.length, run.resumed) : undefined;
  try {
    await runBatch(run.jobs, {
      ...browser,
      settings: run.settings,
      engine,
      stop,
      onRetry: (...args) => progress?.retry(...args),
      onResult: async (line) => {
        await run.onResult(line);
        progress?.result(line);
      },
    });
    progress?.finish(stop.stopped);
  } finally {
    process.off('SIGINT', interrupt).off('SIGTERM', interrupt);
    await browser.pool.close();
  }
  return stop.stopped;
}
