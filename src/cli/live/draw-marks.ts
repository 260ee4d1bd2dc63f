import type { Box } from './live-report.js';

export const MARK_LAYER_ID = '__vinkje_marks';

/**
 * Runs in the top document (serialised, self-contained): outlines each box and puts its number
 * beside it, in a layer above the page that ignores the mouse. Removed again after the screenshots.
 */
export function drawMarks({ layerId, marks }: { layerId: string; marks: { n: number; box: Box; color: string }[] }): void {
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
