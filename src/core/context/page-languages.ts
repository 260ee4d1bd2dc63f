import { LANGUAGES } from '../lexicons/index';

/** Lexicons to read form-level text with: the page's language and English (slugs, buttons), else all. */
export function pageLanguages(pageLang: string | undefined): readonly string[] {
  return pageLang && LANGUAGES.includes(pageLang) ? [...new Set([pageLang, 'en'])] : LANGUAGES;
}
