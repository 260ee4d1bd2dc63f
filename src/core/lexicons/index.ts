import type { Lexicon } from './lexicon';
import { de } from './de';
import { en } from './en';
import { fr } from './fr';
import { nl } from './nl';

/** Adding a language: write `lexicons/<code>.ts` with the `Lexicon` shape and list it here. */
export const LEXICONS: Readonly<Record<string, Lexicon>> = { nl, en, de, fr };
export const LANGUAGES = Object.keys(LEXICONS);
export type { Lexicon } from './lexicon';
