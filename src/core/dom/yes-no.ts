import { alternation } from '../lexicons/compiled';
import { LEXICONS } from '../lexicons/index';
import { normalizeText } from '../text/normalize';

const YES_VALUE = /^(1|true|yes|y|on|ja|oui|si|subscribe|optin|opt-in)$/;
const NO_VALUE = /^(0|false|no|n|off|nee|nein|non|unsubscribe|optout|opt-out)$/;
const lexicons = Object.values(LEXICONS);
const YES_TEXT = alternation(lexicons.flatMap((lexicon) => lexicon.yes));
const NO_TEXT = alternation(lexicons.flatMap((lexicon) => lexicon.no));

export type Answer = 'yes' | 'no' | null;

function startsWith(pattern: RegExp, text: string): boolean {
  pattern.lastIndex = 0;
  const match = pattern.exec(text);
  return match?.index === 0;
}

/** Reads an option of a yes/no choice from its visible text first, its value second. */
export function answerOf(text: string, value: string): Answer {
  const normalized = normalizeText(text);
  if (startsWith(NO_TEXT, normalized)) return 'no';
  if (startsWith(YES_TEXT, normalized)) return 'yes';
  const normalizedValue = normalizeText(value);
  if (NO_VALUE.test(normalizedValue)) return 'no';
  if (YES_VALUE.test(normalizedValue)) return 'yes';
  return null;
}

export function isTruthyValue(value: string): boolean {
  return YES_VALUE.test(normalizeText(value));
}

export function isBooleanValue(value: string): boolean {
  const normalized = normalizeText(value);
  return YES_VALUE.test(normalized) || NO_VALUE.test(normalized);
}
