import { mkdir } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { openPage, type OpenPage } from '../browser/page.js';
import { waitForQuiet } from '../browser/quiet.js';
import type { FlowStep } from '../input/flow.js';
import type { Job } from '../input/jobs.js';
import type { LiveSettings } from '../input/options.js';
import { captureEvidence } from '../output/screenshots.js';
import { scanPage, type LiveReport, type ScanContext } from '../scan/page.js';
import { classifyFailure, JobFailure } from './failures.js';

/** Performs one non-scan step; goto fails on an HTTP error status. Returns the main response status of a goto. */
async function runStep(page: Page, step: FlowStep): Promise<number | null | undefined> {
  switch (step.action) {
    case 'goto': {
      const response = await page.goto(step.target, { waitUntil: 'domcontentloaded', timeout: 0 });
      const status = response?.status() ?? null;
      if (status !== null && status >= 400) throw new JobFailure(`http-${status}`, `HTTP ${status} ${response?.statusText() ?? ''}`.trim());
      return status;
    }
    case 'click':
      await page.click(step.target);
      return undefined;
    case 'fill':
      await page.fill(step.target, step.value ?? '');
      return undefined;
    case 'select':
      await page.selectOption(step.target, step.value ?? '');
      return undefined;
    case 'waitFor':
      if (/^\d+$/.test(step.target)) await page.waitForTimeout(Number(step.target));
      else await page.waitForSelector(step.target, { state: 'visible' });
      return undefined;
    case 'scan':
      return undefined;
  }
}

const describeStep = (step: FlowStep, index: number): string =>
  `step ${index + 1} (${step.action}${step.target ? ` ${JSON.stringify(step.target)}` : ''})`;

export interface JobEnv {
  settings: LiveSettings;
  engine: string;
  browserVersion: string;
  userAgent: string;
  /** Folder for this job's screenshots; undefined when no evidence was asked for. */
  evidenceDir: string | undefined;
}

export type JobOutcome = { ok: true; reports: LiveReport[] } | { ok: false; failure: JobFailure };

async function runSteps(open: OpenPage, job: Job, env: JobEnv, at: { step: string }): Promise<LiveReport[]> {
  const reports: LiveReport[] = [];
  const scans = job.steps.filter((s) => s.action === 'scan').length;
  const isFlow = job.steps.length > 2;
  const scan: ScanContext = { ...env, browser: env.browserVersion, requestedUrl: job.url, httpStatus: null, quiet: true, flowStep: null };
  let settled = false;
  for (const [index, step] of job.steps.entries()) {
    at.step = describeStep(step, index);
    const status = await runStep(open.page, step).catch((error: unknown) => {
      if (step.action === 'goto' || open.page.isClosed() || error instanceof JobFailure) throw error;
      throw new JobFailure('flow-step', `${at.step}: ${classifyFailure(error).message}`);
    });
    if (step.action === 'goto') scan.requestedUrl = step.target;
    if (status !== undefined) scan.httpStatus = status;
    const changesPage = step.action === 'goto' || step.action === 'click' || step.action === 'select';
    if (changesPage || (step.action === 'scan' && !settled)) scan.quiet = await waitForQuiet(open.page, open.network, env.settings.quietMaxMs);
    settled = changesPage || step.action === 'scan';
    if (step.action !== 'scan') continue;
    const { report, frames, close } = await scanPage(open.page, { ...scan, flowStep: isFlow ? index + 1 : null });
    try {
      if (env.evidenceDir && env.settings.screenshots) {
        await mkdir(env.evidenceDir, { recursive: true });
        await captureEvidence(open.page, frames, report, env.evidenceDir, scans > 1 ? `scan-${reports.length + 1}` : 'page');
      }
    } finally {
      await close();
    }
    reports.push(report);
  }
  return reports;
}

/** Runs one job in a fresh context under the per-page time limit; never throws. */
export async function runJob(job: Job, browser: Browser, env: JobEnv): Promise<JobOutcome> {
  const at = { step: 'opening the page' };
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new JobFailure('timeout', `no result within ${env.settings.timeoutMs / 1000} s, at ${at.step}`)), env.settings.timeoutMs);
  });
  const opening = openPage(browser, env.settings, env.userAgent);
  try {
    const open = await Promise.race([opening, deadline]);
    const work = runSteps(open, job, env, at);
    work.catch(() => undefined);
    return { ok: true, reports: await Promise.race([work, open.gone, deadline]) };
  } catch (error) {
    return { ok: false, failure: classifyFailure(error) };
  } finally {
    clearTimeout(timer);
    await opening.then((page) => page.close()).catch(() => undefined);
  }
}
