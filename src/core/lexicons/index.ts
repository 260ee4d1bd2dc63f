import type { Lexicon } from './lexicon';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { it } from './it';
import { nl } from './nl';
import { sv } from './sv';
import { da } from './da';

/** Adding a language: write `lexicons/<code>.ts` with the `Lexicon` shape and list it here. */
export const LEXICONS: Readonly<Record<string, Lexicon>> = { nl, en, de, fr, es, it, sv, da };
export const LANGUAGES = Object.keys(LEXICONS);
export type { Lexicon } from './lexicon';
