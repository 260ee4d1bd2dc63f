import { ext } from './extension-api';
import type { Translate } from './messages';

export const browserTranslate: Translate = (key, substitutions) => ext.i18n.getMessage(key, substitutions);

/**
 * The language the browser picked from _locales, read from the strings themselves:
 * `getUILanguage()` can disagree with the locale `getMessage()` uses.
 */
export function uiLang(): 'nl' | 'en' {
  return ext.i18n.getMessage('uiLang') === 'nl' ? 'nl' : 'en';
}
