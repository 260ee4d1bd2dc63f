import type { LoadEngineRequest } from './messages';

/** A language tag is short ("de-CH"); the sample's text is cut to this length by the sentinel. */
export const MAX_LANG = 35;
export const MAX_SAMPLE_TEXT = 4000;

/** Shape check for the sentinel's request before the worker injects anything. */
export function isLoadEngineRequest(message: unknown): message is LoadEngineRequest {
  if (typeof message !== 'object' || message === null) return false;
  const { type, lang, text } = message as Record<string, unknown>;
  return type === 'vinkje:load-engine' && typeof lang === 'string' && lang.length <= MAX_LANG && typeof text === 'string' && text.length <= MAX_SAMPLE_TEXT;
}
