import type { Translate } from './messages';

export type LocaleMessages = Record<string, { message: string }>;

/**
 * browser.i18n.getMessage over a parsed `_locales/<lang>/messages.json`, `$1`…`$9` included:
 * what the CLI's reports and the tests use, so they say exactly what the extension says.
 */
export function localeTranslate(messages: LocaleMessages): Translate {
  return (key, substitutions = []) =>
    (messages[key]?.message ?? key).replace(/\$(\d)/g, (_, n: string) => substitutions[Number(n) - 1] ?? '');
}
