import { readFileSync } from 'node:fs';
import type { UiLang } from '../../core/types';
import type { LocaleMessages } from '../../shared-ui/locale-translate';
import { localeTranslate } from '../../shared-ui/locale-translate';
import type { Translate } from '../../shared-ui/messages';

// dist/cli.js and src/cli/format/*.ts both find the package root two folders up or one.
function packageFile(relative: string): URL {
  const fromDist = new URL(`../${relative}`, import.meta.url);
  const fromSource = new URL(`../../../${relative}`, import.meta.url);
  return import.meta.url.includes('/dist/') ? fromDist : fromSource;
}

/** The extension's own `_locales` strings, so the CLI's reports say exactly what the popup says. */
export function cliTranslate(lang: UiLang): Translate {
  return localeTranslate(JSON.parse(readFileSync(packageFile(`extension/_locales/${lang}/messages.json`), 'utf8')) as LocaleMessages);
}

/** The popup's styles with the verdict colours, for self-contained HTML reports. */
export function reportCss(): string {
  return ['extension/css/verdicts.css', 'extension/css/popup.css'].map((file) => readFileSync(packageFile(file), 'utf8')).join('\n');
}
