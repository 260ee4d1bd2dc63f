import type { ContentRequest } from './messages';

/** Shape check for messages a content script accepts; anything else is dropped. */
export function isContentRequest(message: unknown): message is ContentRequest {
  if (typeof message !== 'object' || message === null) return false;
  const { type, selector } = message as Record<string, unknown>;
  if (type === 'vinkje:show-control') return typeof selector === 'string' && selector.length < 2000;
  return type === 'vinkje:get-report' || type === 'vinkje:untick-all';
}
