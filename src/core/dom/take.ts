/**
 * The first `limit` items of a live collection. jsdom wraps HTMLCollection in a Proxy whose
 * every property lookup searches the elements' names and ids: `Array.from` or a lookup of
 * `item` per index made a page of 100 000 checkboxes take minutes. One lookup, then calls.
 */
/** The elements of one tag under a document, element or shadow root (a shadow root has no `getElementsByTagName`). */
export const byTag = (root: Document | DocumentFragment | Element, tag: string, limit?: number): Element[] =>
  take('getElementsByTagName' in root ? root.getElementsByTagName(tag) : root.querySelectorAll(tag), limit);

export function take<T extends Element>(collection: HTMLCollectionOf<T> | NodeListOf<T>, limit = Infinity): T[] {
  const item = collection.item as (index: number) => T | null;
  const items: T[] = [];
  for (let i = 0; i < limit; i++) {
    const next = item.call(collection, i);
    if (!next) break;
    items.push(next);
  }
  return items;
}
