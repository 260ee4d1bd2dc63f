import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { VERDICT_STYLE } from '../../shared-ui/verdict-style.js';
import { drawMarks, MARK_LAYER_ID } from './draw-marks.js';
import type { Box, LiveReport, Mark } from './live-report.js';
import { locateMarks } from './locate-marks.js';
import type { ScannedFrame } from './scan-frames.js';

// Chromium cannot capture arbitrarily tall pages; evidence beyond this is in the report text.
const MAX_HEIGHT = 16_000;

function closeupClip(box: Box, page: { width: number; height: number }): Box {
  const x = Math.max(0, box.x - 60);
  const y = Math.max(0, box.y - 60);
  return { x, y, width: Math.min(page.width - x, box.width + 560), height: Math.min(page.height - y, box.height + 120) };
}

async function shoot(page: Page, marks: Mark[], dir: string, stem: string): Promise<void> {
  const size = await page.evaluate(() => ({ width: document.documentElement.scrollWidth, height: document.documentElement.scrollHeight }));
  const full = { x: 0, y: 0, width: size.width, height: Math.min(size.height, MAX_HEIGHT) };
  await writeFile(join(dir, `${stem}.png`), await page.screenshot({ fullPage: true, clip: full }));
  for (const mark of marks) {
    if (!mark.box) continue;
    mark.closeup = `${stem}-control-${mark.n}.png`;
    await writeFile(join(dir, mark.closeup), await page.screenshot({ fullPage: true, clip: closeupClip(mark.box, size) }));
  }
}

/** Outlines and numbers every marketing control, saves a full-page screenshot and one close-up each. */
export async function captureEvidence(page: Page, frames: ScannedFrame[], report: LiveReport, dir: string, stem: string): Promise<void> {
  const marks = await locateMarks(page, frames);
  const drawn = marks.flatMap((m) => (m.box ? [{ n: m.n, box: m.box, color: VERDICT_STYLE[m.verdict].color }] : []));
  await page.evaluate(drawMarks, { layerId: MARK_LAYER_ID, marks: drawn });
  try {
    await shoot(page, marks, dir, stem);
  } finally {
    await page.evaluate((id) => document.getElementById(id)?.remove(), MARK_LAYER_ID).catch(() => undefined);
  }
  report.run.screenshot = `${stem}.png`;
  report.run.marks = marks;
}
