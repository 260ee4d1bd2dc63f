import type { ContentRequest } from './messages';

/** Selectors come from the popup's own report; anything longer or more numerous is not one. */
const MAX_SELECTOR = 2000;
const MAX_SELECTORS = 200;

const isSelector = (value: unknown): value is string => typeof value === 'string' && value.length > 0 && value.length < MAX_SELECTOR;

/** Shape check for messages a content script accepts; anything else is dropped. */
export function isContentRequest(message: unknown): message is ContentRequest {
  if (typeof message !== 'object' || message === null) return false;
  const { type, selector, selectors } = message as Record<string, unknown>;
  if (type === 'vinkje:show-control' || type === 'vinkje:untick') return isSelector(selector);
  if (type === 'vinkje:retick') return Array.isArray(selectors) && selectors.length <= MAX_SELECTORS && selectors.every(isSelector);
  return type === 'vinkje:get-report' || type === 'vinkje:untick-all';
}
