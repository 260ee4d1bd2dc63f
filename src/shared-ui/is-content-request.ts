import type { ContentRequest } from './messages';

/** Selectors come from the popup's own report; anything longer or more numerous is not one. */
const MAX_SELECTOR = 2000;
const MAX_SELECTORS = 200;

/** Each request's keys: a message with any other key is not one of ours. */
const KEYS: Record<ContentRequest['type'], string[]> = {
  'vinkje:get-report': ['type'],
  'vinkje:untick-all': ['type'],
  'vinkje:show-control': ['type', 'selector'],
  'vinkje:untick': ['type', 'selector'],
  'vinkje:retick': ['type', 'selectors'],
};

const isSelector = (value: unknown): value is string => typeof value === 'string' && value.length > 0 && value.length < MAX_SELECTOR;

/** Shape and size check for messages a content script accepts; anything else is dropped. */
export function isContentRequest(message: unknown): message is ContentRequest {
  if (typeof message !== 'object' || message === null || Array.isArray(message)) return false;
  const { type, selector, selectors } = message as Record<string, unknown>;
  if (typeof type !== 'string' || !Object.hasOwn(KEYS, type)) return false;
  const allowed = KEYS[type as ContentRequest['type']];
  const keys = Object.keys(message);
  if (keys.length !== allowed.length || !keys.every((key) => allowed.includes(key))) return false;
  if (type === 'vinkje:show-control' || type === 'vinkje:untick') return isSelector(selector);
  if (type === 'vinkje:retick') return Array.isArray(selectors) && selectors.length <= MAX_SELECTORS && selectors.every(isSelector);
  return true;
}
