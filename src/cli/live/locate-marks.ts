import type { Frame, JSHandle, Page } from 'playwright-core';
import type { Box, Mark } from './live-report.js';
import { prefixSelector } from './merge-frame-reports.js';
import type { ScannedFrame } from './scan-frames.js';

type Resolver = { resolveSelector(d: Document, s: string): Element | null };

// A label further away than this (or taller) is not outlined together with its box.
const NEAR_PX = 120;

const union = (a: Box, b: Box): Box => {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return { x, y, width: Math.max(a.x + a.width, b.x + b.width) - x, height: Math.max(a.y + a.height, b.y + b.height) - y };
};

async function boxOfProperty(handle: JSHandle, name: string): Promise<Box | null> {
  const element = (await handle.getProperty(name)).asElement();
  const box = await element?.boundingBox();
  return box && box.width > 0 && box.height > 0 ? box : null;
}

/** The control (or, when visually hidden, what stands in for it) together with a nearby label, in viewport coordinates. */
async function viewportBox(frame: Frame, selector: string): Promise<Box | null> {
  const pair = await frame.evaluateHandle((sel) => {
    const el = (globalThis as unknown as { vinkje: Resolver }).vinkje.resolveSelector(document, sel);
    if (!el) return null;
    const rect = el.getBoundingClientRect();
    const label = (el as HTMLInputElement).labels?.[0] ?? null;
    return { control: rect.width >= 4 && rect.height >= 4 ? el : (label ?? el.parentElement ?? el), label };
  }, selector);
  const [control, label] = [await boxOfProperty(pair, 'control'), await boxOfProperty(pair, 'label')];
  await pair.dispose();
  if (!control || !label || label.height > NEAR_PX || Math.abs(label.y - control.y) > NEAR_PX) return control;
  return union(control, label);
}

/** Numbers every marketing control, in report order, with its box in top-page coordinates. */
export async function locateMarks(page: Page, frames: ScannedFrame[]): Promise<Mark[]> {
  const scroll = await page.evaluate(() => ({ x: window.scrollX, y: window.scrollY }));
  const marks: Mark[] = [];
  for (const part of frames) {
    for (const control of part.report.forms.flatMap((form) => form.controls).filter((c) => c.marketing)) {
      const box = await viewportBox(part.frame, control.selector).catch(() => null);
      const selector = prefixSelector(part.prefix, control.selector);
      const placed = box && { x: box.x + scroll.x, y: box.y + scroll.y, width: box.width, height: box.height };
      marks.push({ n: marks.length + 1, selector, label: control.label, verdict: control.verdict, box: placed, closeup: null });
    }
  }
  return marks;
}
