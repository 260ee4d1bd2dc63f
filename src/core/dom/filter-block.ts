import { filterBlockSelector } from '../lexicons/any-language';

export const TEXT_ENTRY = 'input[type=email], input[type=password], input[type=tel], textarea';

/**
 * A product filter (facets, layered navigation, "on sale" / "new" boxes) is not a form to
 * judge. A block that takes an e-mail address or a message is a real form, whatever its class.
 */
export function inFilterBlock(element: Element): boolean {
  const block = element.closest(filterBlockSelector());
  if (!block || /^(BODY|HTML|MAIN)$/.test(block.tagName)) return false;
  return !block.querySelector(TEXT_ENTRY);
}
