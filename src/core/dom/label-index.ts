import { byTag } from './take';
import { attributeOf } from './attribute';

type Root = Document | DocumentFragment;

/**
 * `label[for]` lookups for one audit. jsdom's `input.labels` walks the whole tree on every
 * call, which made a page of 100 000 checkboxes take half a minute; one pass per root does.
 */
export class LabelIndex {
  private readonly byRoot = new Map<Root, Map<string, Element[]>>();

  labelsOf(element: Element, root: Root): Element[] {
    const id = attributeOf(element, 'id');
    const explicit = id ? (this.index(root).get(id) ?? []) : [];
    const wrapping = element.closest('label');
    return wrapping && !explicit.includes(wrapping) ? [...explicit, wrapping] : explicit;
  }

  private index(root: Root): Map<string, Element[]> {
    let index = this.byRoot.get(root);
    if (!index) {
      index = new Map();
      for (const label of byTag(root, 'label')) {
        const target = attributeOf(label, 'for');
        if (!target) continue;
        index.set(target, [...(index.get(target) ?? []), label]);
      }
      this.byRoot.set(root, index);
    }
    return index;
  }
}
