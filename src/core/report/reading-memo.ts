import type { FormNotices } from '../context/form-notices';
import type { Classification } from '../types';

// Readings that depend on text alone, kept from a scan for the rescans after it: toggling a box
// or typing in a field leaves most labels and the form's notices as they were.

/** Enough for every label of a large page; a memo that grows past it starts over. */
const MAX_ENTRIES = 5000;

export interface ReadingMemo {
  /** A label's classification, by hint, default state and text. */
  wordings: Map<string, Classification>;
  /** A form's notices, by page language and text. */
  notices: Map<string, FormNotices>;
}

export const newReadingMemo = (): ReadingMemo => ({ wordings: new Map(), notices: new Map() });

export function remembered<T>(memo: Map<string, T>, key: string, read: () => T): T {
  const known = memo.get(key);
  if (known !== undefined) return known;
  if (memo.size >= MAX_ENTRIES) memo.clear();
  const value = read();
  memo.set(key, value);
  return value;
}
