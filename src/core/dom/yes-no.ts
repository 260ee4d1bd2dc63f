import { answerPairs, answerWords } from '../lexicons/any-language';
import { normalizeText } from '../text/normalize';

export type Answer = 'yes' | 'no' | null;

function startsWith(pattern: RegExp, text: string): boolean {
  pattern.lastIndex = 0;
  const match = pattern.exec(text);
  return match?.index === 0;
}

function answerOfValue(value: string): Answer {
  const normalized = normalizeText(value);
  for (const [yes, no] of answerPairs()) {
    if (normalized === no) return 'no';
    if (normalized === yes) return 'yes';
  }
  return null;
}

/** Reads an option of a yes/no choice from its visible text first, its value second. */
export function answerOf(text: string, value: string): Answer {
  const normalized = normalizeText(text);
  const words = answerWords();
  if (startsWith(words.no, normalized)) return 'no';
  if (startsWith(words.yes, normalized)) return 'yes';
  return answerOfValue(value);
}

export function isTruthyValue(value: string): boolean {
  return answerOfValue(value) === 'yes';
}

export function isBooleanValue(value: string): boolean {
  return answerOfValue(value) !== null;
}

/** The value that answers yes to a no value in the same language ("nee" → "ja"); "1" when unknown. */
export function onValueOf(value: string): string {
  const normalized = normalizeText(value);
  return answerPairs().find(([, no]) => no === normalized)?.[0] ?? '1';
}

/** The value that answers no to a yes value in the same language ("ja" → "nee"); "0" when unknown. */
export function offValueOf(value: string): string {
  const normalized = normalizeText(value);
  return answerPairs().find(([yes]) => yes === normalized)?.[1] ?? '0';
}
