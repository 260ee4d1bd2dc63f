import { filterBlockSelector } from '../lexicons/any-language';

export const TEXT_ENTRY = 'input[type=email], input[type=password], input[type=tel], textarea';

/** What one audit learnt about ancestors: the filter block at or above each, and whether a block takes text. */
export interface FilterBlockCache {
  above: Map<Element, Element | null>;
  takesText: Map<Element, boolean>;
}

export const newFilterBlockCache = (): FilterBlockCache => ({ above: new Map(), takesText: new Map() });

/**
 * `element.closest(filterBlockSelector())`, remembered for each ancestor passed on the way up:
 * sixty facet boxes share their list, fieldset and form, so each is matched once.
 */
function filterBlockAbove(element: Element, above: FilterBlockCache['above']): Element | null {
  const selector = filterBlockSelector();
  const passed: Element[] = [];
  let found: Element | null = null;
  for (let at: Element | null = element; at; at = at.parentElement) {
    if (above.has(at)) {
      found = above.get(at)!;
      break;
    }
    if (at.matches(selector)) {
      found = at;
      break;
    }
    passed.push(at);
  }
  for (const at of passed) above.set(at, found);
  return found;
}

/**
 * A product filter (facets, layered navigation, "on sale" / "new" boxes) is not a form to
 * judge. A block that takes an e-mail address or a message is a real form, whatever its class.
 */
export function inFilterBlock(element: Element, cache: FilterBlockCache): boolean {
  const block = filterBlockAbove(element, cache.above);
  if (!block || /^(BODY|HTML|MAIN)$/.test(block.tagName)) return false;
  if (!cache.takesText.has(block)) cache.takesText.set(block, block.querySelector(TEXT_ENTRY) !== null);
  return !cache.takesText.get(block);
}
