import type { Translate } from './messages';

/** A count in the UI language's digits and grouping ("1.234" in Dutch, "1,234" in English). */
export const formatNumber = (value: number, lang: string) => new Intl.NumberFormat(lang).format(value);

/** A moment with the month spelled out, so no reader can take the day for the month. */
export const formatDate = (iso: string, lang: string) =>
  new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));

/**
 * The message for `count` things: `key_one` or `key_other` (Intl.PluralRules' categories for
 * nl and en), `$1` the formatted count and `$2`… the rest.
 */
export function plural(t: Translate, lang: string, key: string, count: number, rest: string[] = []): string {
  const category = new Intl.PluralRules(lang).select(count) === 'one' ? 'one' : 'other';
  return t(`${key}_${category}`, [formatNumber(count, lang), ...rest]);
}
