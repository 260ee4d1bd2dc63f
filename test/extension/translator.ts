import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Translate } from '../../src/shared-ui/messages';

/** The extension's own _locales messages with browser.i18n's `$1`…`$9` substitution. */
export function translator(lang: 'nl' | 'en'): Translate {
  const file = resolve(`extension/_locales/${lang}/messages.json`);
  const messages = JSON.parse(readFileSync(file, 'utf8')) as Record<string, { message: string }>;
  return (key, substitutions = []) => {
    const entry = messages[key];
    if (!entry) throw new Error(`missing message ${key} (${lang})`);
    return entry.message.replace(/\$(\d)/g, (_, n: string) => substitutions[Number(n) - 1] ?? '');
  };
}
