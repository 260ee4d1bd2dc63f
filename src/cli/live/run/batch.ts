import { join } from 'node:path';
import { startBrowser, type BrowserPool } from '../browser/pool.js';
import type { Job } from '../input/jobs.js';
import type { LiveSettings } from '../input/options.js';
import { evidenceDirName } from '../output/evidence.js';
import { toResultLine, type ResultLine } from '../output/results.js';
import { engineSource } from '../scan/world.js';
import { isRetryable, JobFailure } from './failures.js';
import { HostScheduler } from './host-scheduler.js';
import { runJob, type JobEnv, type JobOutcome } from './job.js';
import { Progress } from './progress.js';

export interface BatchEnv extends Omit<JobEnv, 'evidenceDir'> {
  pool: BrowserPool;
  /** Set to stop taking jobs; results of jobs still running are then dropped (they run again on resume). */
  stop: { stopped: boolean };
  onRetry(key: string, reason: string, attempt: number, waitMs: number): void;
  onResult(line: ResultLine): Promise<void>;
}

type Queued = Job & { attempt: number };

const BACKOFF_BASE_MS = 1000;
const BACKOFF_MAX_MS = 30_000;

const backoff = (attempt: number): number => Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** (attempt - 1)) * (0.75 + Math.random() / 2);

async function attemptJob(job: Queued, env: BatchEnv): Promise<JobOutcome> {
  const evidence = env.settings.out ? evidenceDirName(job.key, job.url) : undefined;
  const lease = await env.pool.acquire().catch((error: Error) => error);
  if (lease instanceof Error) return { ok: false, failure: new JobFailure('browser', `the browser could not start: ${lease.message.split('\n')[0]}`) };
  try {
    return await runJob(job, lease.browser, { ...env, evidenceDir: evidence && join(env.settings.out!, 'pages', evidence) });
  } finally {
    lease.release();
  }
}

async function handle(job: Queued, scheduler: HostScheduler<Queued>, env: BatchEnv): Promise<void> {
  const started = Date.now();
  const outcome = await attemptJob(job, env);
  if (env.stop.stopped) return;
  if (!outcome.ok && isRetryable(outcome.failure) && job.attempt <= env.settings.retries) {
    const wait = backoff(job.attempt);
    env.onRetry(job.key, outcome.failure.reason, job.attempt, wait);
    scheduler.push({ ...job, attempt: job.attempt + 1 }, Date.now() + wait);
    return;
  }
  const evidence = outcome.ok && env.settings.out ? `pages/${evidenceDirName(job.key, job.url)}` : null;
  await env.onResult(toResultLine(job, outcome, job.attempt, Date.now() - started, evidence));
}

/** Runs jobs on `concurrency` workers sharing one browser pool, with politeness, retries and backoff. */
export async function runBatch(jobs: Job[], env: BatchEnv): Promise<void> {
  const scheduler = new HostScheduler<Queued>(env.settings.delayMs);
  jobs.forEach((job) => scheduler.push({ ...job, attempt: 1 }));
  const worker = async (): Promise<void> => {
    for (let job = await scheduler.next(() => env.stop.stopped); job; job = await scheduler.next(() => env.stop.stopped)) {
      try {
        await handle(job, scheduler, env);
      } finally {
        scheduler.done();
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(env.settings.concurrency, Math.max(jobs.length, 1)) }, worker));
}

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
