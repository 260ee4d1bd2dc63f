import type { UiLang } from '../core/types';
import { InputError } from './input-error';

/** `--messages nl|en`; without it the language of the terminal ($LANG). */
export function parseMessageLang(value: string | undefined, env: NodeJS.ProcessEnv = process.env): UiLang {
  if (value === undefined) return (env.LANG ?? '').toLowerCase().startsWith('nl') ? 'nl' : 'en';
  if (value === 'nl' || value === 'en') return value;
  throw new InputError(`--messages ${value}: use nl or en`);
}
