import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { VERDICT_STYLE } from '../../../shared-ui/verdict-style.js';
import { prefixSelector, type ScannedFrame } from '../scan/frames.js';
import { call, type World } from '../scan/world.js';
import type { Box, LiveReport, Mark } from '../scan/page.js';

// Chromium cannot capture arbitrarily tall pages; evidence beyond this is in the report text.
const MAX_HEIGHT = 16_000;
// A label further away than this (or taller) is not outlined together with its box.
const NEAR_PX = 120;
const MARK_LAYER_ID = '__vinkje_marks';

type Resolver = { resolveSelector(d: Document, s: string): Element | null };

/**
 * Runs in the top document (serialised, self-contained): outlines each box and puts its number
 * beside it, in a layer above the page that ignores the mouse. Removed again after the screenshots.
 */
function drawMarks({ layerId, marks }: { layerId: string; marks: { n: number; box: Box; color: string }[] }): void {
  const layer = document.createElement('div');
  layer.id = layerId;
  layer.setAttribute('style', 'position:absolute;left:0;top:0;width:0;height:0;z-index:2147483647;pointer-events:none');
  for (const { n, box, color } of marks) {
    const outline = document.createElement('div');
    const x = box.x - 4;
    const y = box.y - 4;
    outline.setAttribute('style', `position:absolute;left:${x}px;top:${y}px;width:${box.width + 8}px;height:${box.height + 8}px;border:3px solid ${color};border-radius:4px;box-sizing:border-box`);
    const badge = document.createElement('div');
    badge.textContent = String(n);
    badge.setAttribute('style', `position:absolute;left:${Math.max(0, x - 30)}px;top:${y}px;min-width:18px;height:22px;padding:0 3px;background:${color};color:#fff;font:bold 14px/22px sans-serif;text-align:center;border-radius:11px`);
    layer.append(outline, badge);
  }
  document.documentElement.appendChild(layer);
}

const union = (a: Box, b: Box): Box => {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return { x, y, width: Math.max(a.x + a.width, b.x + b.width) - x, height: Math.max(a.y + a.height, b.y + b.height) - y };
};

// Runs in a frame's engine world: the control (or, when visually hidden, what stands in for it) and its label, in frame viewport coordinates.
function boxesHere(selector: string): { control: Box | null; label: Box | null } {
  const el = (globalThis as unknown as { vinkje: Resolver }).vinkje.resolveSelector(document, selector);
  const boxOf = (node: Element | null): Box | null => {
    const r = node?.getBoundingClientRect();
    return r && r.width > 0 && r.height > 0 ? { x: r.left, y: r.top, width: r.width, height: r.height } : null;
  };
  if (!el) return { control: null, label: null };
  const rect = el.getBoundingClientRect();
  const label = (el as HTMLInputElement).labels?.[0] ?? null;
  return { control: boxOf(rect.width >= 4 && rect.height >= 4 ? el : (label ?? el.parentElement ?? el)), label: boxOf(label) };
}

/** The control together with a nearby label, in the top page's viewport coordinates. */
async function viewportBox(part: ScannedFrame, selector: string): Promise<Box | null> {
  const boxes = await call<ReturnType<typeof boxesHere>>(part.world, boxesHere, [selector]);
  const [control, label] = [boxes.control, boxes.label].map((box) => box && { ...box, x: box.x + part.offset.x, y: box.y + part.offset.y });
  if (!control || !label || label.height > NEAR_PX || Math.abs(label.y - control.y) > NEAR_PX) return control ?? null;
  return union(control, label);
}

/** Numbers every marketing control, in report order, with its box in top-page coordinates. */
async function locateMarks(top: World, frames: ScannedFrame[]): Promise<Mark[]> {
  const scroll = await call<{ x: number; y: number }>(top, () => ({ x: window.scrollX, y: window.scrollY }));
  const marks: Mark[] = [];
  for (const part of frames) {
    for (const control of part.report.forms.flatMap((form) => form.controls).filter((c) => c.marketing)) {
      const box = await viewportBox(part, control.selector).catch(() => null);
      const selector = prefixSelector(part.prefix, control.selector);
      const placed = box && { x: box.x + scroll.x, y: box.y + scroll.y, width: box.width, height: box.height };
      marks.push({ n: marks.length + 1, selector, label: control.label, verdict: control.verdict, box: placed, closeup: null });
    }
  }
  return marks;
}

function closeupClip(box: Box, page: { width: number; height: number }): Box {
  const x = Math.max(0, box.x - 60);
  const y = Math.max(0, box.y - 60);
  return { x, y, width: Math.min(page.width - x, box.width + 560), height: Math.min(page.height - y, box.height + 120) };
}

async function shoot(page: Page, top: World, marks: Mark[], dir: string, stem: string): Promise<void> {
  const size = await call<{ width: number; height: number }>(top, () => ({ width: document.documentElement.scrollWidth, height: document.documentElement.scrollHeight }));
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
  // The outline layer is drawn and removed from the engine's world, where the page cannot intercept the DOM calls.
  const top = frames[0]!.world;
  const marks = await locateMarks(top, frames);
  const drawn = marks.flatMap((m) => (m.box ? [{ n: m.n, box: m.box, color: VERDICT_STYLE[m.verdict].color }] : []));
  await call(top, drawMarks, [{ layerId: MARK_LAYER_ID, marks: drawn }]);
  try {
    await shoot(page, top, marks, dir, stem);
  } finally {
    await call(top, (id: string) => document.getElementById(id)?.remove(), [MARK_LAYER_ID]).catch(() => undefined);
  }
  report.run.screenshot = `${stem}.png`;
  report.run.marks = marks;
}
