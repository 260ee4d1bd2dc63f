import { readFileSync } from 'node:fs';
import type { Translate } from '../../src/shared-ui/messages';

/** The extension's own _locales messages with browser.i18n's `$1`…`$9` substitution. */
export function translator(lang: 'nl' | 'en'): Translate {
  const url = new URL(`../../extension/_locales/${lang}/messages.json`, import.meta.url);
  const messages = JSON.parse(readFileSync(url, 'utf8')) as Record<string, { message: string }>;
  return (key, substitutions = []) => {
    const entry = messages[key];
    if (!entry) throw new Error(`missing message ${key} (${lang})`);
    return entry.message.replace(/\$(\d)/g, (_, n: string) => substitutions[Number(n) - 1] ?? '');
  };
}
