import { readableText } from './readable-text';
import { attributeOf } from './attribute';

function labelledBy(element: Element): string {
  const ids = attributeOf(element, 'aria-labelledby').split(/\s+/).filter(Boolean);
  const root = element.getRootNode() as Document | DocumentFragment;
  return ids.map((id) => (root.getElementById?.(id) ? readableText(root.getElementById(id)!, 80) : '')).filter(Boolean).join(' ');
}

const imageAlt = (element: Element) => Array.from(element.getElementsByTagName('img')).map((img) => attributeOf(img, 'alt')).find(Boolean) ?? '';

/**
 * What assistive tech announces for a button, in the accessible-name order: an icon button's
 * name often lives only in `aria-label`, `title` or its image's `alt` (Dawn's arrow "Subscribe").
 */
export function accessibleName(element: Element, limit = 80): string {
  return labelledBy(element)
    || attributeOf(element, 'aria-label').trim()
    || readableText(element, limit)
    || (element.tagName === 'INPUT' ? (attributeOf(element, 'value') || attributeOf(element, 'alt')).trim() : '')
    || imageAlt(element)
    || attributeOf(element, 'title').trim();
}
