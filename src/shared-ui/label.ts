import type { Translate } from './messages';

/** The UI string for an enum value: `label(t, 'verdict', 'non-compliant')` → message `verdict_non_compliant`. */
export function label(t: Translate, group: string, value: string): string {
  return t(`${group}_${value.replace(/[^A-Za-z0-9]/g, '_')}`);
}
