import { readFileSync } from 'node:fs';
import type { UiLang } from '../../core/types';
import type { Translate } from '../../shared-ui/messages';

// dist/cli.js and src/cli/format/*.ts both find the package root two folders up or one.
function packageFile(relative: string): URL {
  const fromDist = new URL(`../${relative}`, import.meta.url);
  const fromSource = new URL(`../../../${relative}`, import.meta.url);
  return import.meta.url.includes('/dist/') ? fromDist : fromSource;
}

/** The extension's own `_locales` strings, so the CLI's reports say exactly what the popup says. */
export function localeTranslate(lang: UiLang): Translate {
  const messages = JSON.parse(readFileSync(packageFile(`extension/_locales/${lang}/messages.json`), 'utf8')) as Record<string, { message: string }>;
  return (key, substitutions = []) =>
    (messages[key]?.message ?? key).replace(/\$(\d)/g, (_, n: string) => substitutions[Number(n) - 1] ?? '');
}

export function reportCss(): string {
  return readFileSync(packageFile('extension/css/popup.css'), 'utf8');
}
