import type { Page } from 'playwright-core';
import { JobFailure } from './job-failure.js';
import type { FlowStep } from './load-flow.js';

/** Performs one non-scan step; goto fails on an HTTP error status. Returns the main response status of a goto. */
export async function runStep(page: Page, step: FlowStep): Promise<number | null | undefined> {
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

export const describeStep = (step: FlowStep, index: number): string =>
  `step ${index + 1} (${step.action}${step.target ? ` ${JSON.stringify(step.target)}` : ''})`;
