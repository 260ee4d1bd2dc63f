import { filterBlockSelector } from '../lexicons/any-language';

export const TEXT_ENTRY = 'input[type=email], input[type=password], input[type=tel], textarea';

/** A filter block as found by its class: the page's frame is none, and one that takes text is a real form. */
const isFilterBlock = (block: Element) => !/^(BODY|HTML|MAIN)$/.test(block.tagName) && !block.querySelector(TEXT_ENTRY);

/**
 * A product filter (facets, layered navigation, "on sale" / "new" boxes) is not a form to
 * judge. A block that takes an e-mail address or a message is a real form, whatever its class.
 * `seen` keeps the answer for each ancestor passed on the way up during one audit: sixty facet
 * boxes share their list, fieldset and form, so each is matched against the selector once.
 */
export function inFilterBlock(element: Element, seen: Map<Element, boolean>): boolean {
  const selector = filterBlockSelector();
  const passed: Element[] = [];
  let inside = false;
  for (let at: Element | null = element; at; at = at.parentElement) {
    const known = seen.get(at);
    if (known !== undefined) {
      inside = known;
      break;
    }
    passed.push(at);
    if (at.matches(selector)) {
      inside = isFilterBlock(at);
      break;
    }
  }
  for (const at of passed) seen.set(at, inside);
  return inside;
}
