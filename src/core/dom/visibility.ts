import type { LayoutProbe } from '../types';

/** What one scan learnt about rendering: per element, rendered or not, and its style (read once). */
export interface VisibilityCache {
  rendered: Map<Element, boolean>;
  styles: Map<Element, CSSStyleDeclaration | null>;
}

export const newVisibilityCache = (): VisibilityCache => ({ rendered: new Map(), styles: new Map() });

/**
 * Computed style where stylesheets can matter; the inline style alone where the document
 * has none (jsdom's getComputedStyle costs about a millisecond a call).
 */
function readStyle(element: Element): CSSStyleDeclaration | null {
  const owner = element.ownerDocument;
  const view = owner?.defaultView;
  try {
    return view && owner.styleSheets.length ? view.getComputedStyle(element) : (element as HTMLElement).style ?? null;
  } catch {
    return null;
  }
}

/** The style of `element`, read once a scan (the page does not change while it is read). */
function styleOf(element: Element, cache: VisibilityCache): CSSStyleDeclaration | null {
  let style = cache.styles.get(element);
  if (style === undefined) cache.styles.set(element, (style = readStyle(element)));
  return style;
}

/** Not removed from rendering by itself or an ancestor (display:none, visibility, [hidden]). */
export function isRendered(element: Element, layout: LayoutProbe | undefined, cache: VisibilityCache): boolean {
  const probed = layout?.isRendered(element);
  if (probed !== undefined) return probed;
  const chain: Element[] = [];
  let result = true;
  for (let current: Element | null = element; current; current = current.parentElement) {
    const known = cache.rendered.get(current);
    if (known !== undefined) {
      result = known;
      break;
    }
    chain.push(current);
    const style = styleOf(current, cache);
    if (current.hasAttribute('hidden') || style?.display === 'none') {
      result = false;
      break;
    }
  }
  for (const element of chain) cache.rendered.set(element, result);
  if (!result) return false;
  const visibility = styleOf(element, cache)?.visibility;
  return visibility !== 'hidden' && visibility !== 'collapse';
}

/** Drawn invisible on purpose (opacity 0, clipped, 1px, off-screen): the usual styled-checkbox trick. */
export function isVisuallyHidden(element: Element, cache: VisibilityCache): boolean {
  const style = styleOf(element, cache);
  if (!style) return false;
  if (style.opacity === '0') return true;
  if (/rect\(\s*0/.test(style.clip ?? '') || /inset\(\s*50%/.test(style.clipPath ?? '')) return true;
  if (/^(0|1)px$/.test(style.width) && /^(0|1)px$/.test(style.height)) return true;
  return style.position === 'absolute' && /^-\d{3,}/.test(style.left ?? '');
}
