/**
 * The first `limit` items of a live collection. `Array.from(collection)` goes through a
 * Proxy per index in jsdom, which cost a 50 000-node page seconds; `item(i)` does not.
 */
export function take<T extends Element>(collection: HTMLCollectionOf<T> | NodeListOf<T>, limit = Infinity): T[] {
  const items: T[] = [];
  for (let i = 0; i < limit; i++) {
    const item = collection.item(i);
    if (!item) break;
    items.push(item);
  }
  return items;
}
