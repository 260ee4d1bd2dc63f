import type { Lexicon } from './lexicon';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { it } from './it';
import { nl } from './nl';
import { sv } from './sv';
import { da } from './da';
import { pt } from './pt';
import { pl } from './pl';

/**
 * Every language Vinkje knows, in the order that breaks ties between them. Adding a language:
 * write `lexicons/<code>.ts` with the `Lexicon` shape and list it here (`npm run new-language`
 * does both). The extension's engine.js holds none of them: the build gives each its own chunk.
 */
export const ALL_LEXICONS: readonly Lexicon[] = [nl, en, de, fr, es, it, sv, da, pt, pl];

/**
 * The lexicons the engine reads with, given by its host: every language for the CLI and the
 * live auditor (`src/core/index.ts`), the page's own and English for the extension's content
 * engine. Data only, filled before the first audit; each language is added once.
 */
export const LEXICONS: Record<string, Lexicon> = {};
/** The languages of `LEXICONS`, in the order they were given. */
export const LANGUAGES: string[] = [];

export function useLexicons(lexicons: readonly Lexicon[]): void {
  for (const lexicon of lexicons) {
    if (LEXICONS[lexicon.lang]) continue;
    LEXICONS[lexicon.lang] = lexicon;
    LANGUAGES.push(lexicon.lang);
  }
}

export type { Lexicon } from './lexicon';
