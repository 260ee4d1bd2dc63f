import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { LocaleMessages } from '../../src/shared-ui/locale-translate';
import { localeTranslate } from '../../src/shared-ui/locale-translate';
import type { Translate } from '../../src/shared-ui/messages';

/** The extension's own _locales messages, through the translator the CLI uses. */
export function translator(lang: 'nl' | 'en'): Translate {
  return localeTranslate(JSON.parse(readFileSync(resolve(`extension/_locales/${lang}/messages.json`), 'utf8')) as LocaleMessages);
}
