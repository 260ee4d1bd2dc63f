import { attributeOf } from './attribute';

/** The form a control submits with: its `form` attribute, else its ancestor form (HTML form owner). */
export function formOwner(element: Element): Element | null {
  const named = attributeOf(element, 'form');
  if (named) {
    const root = element.getRootNode() as Document | DocumentFragment;
    const owner = root.getElementById?.(named);
    if (owner?.tagName === 'FORM') return owner;
  }
  return element.closest('form');
}
