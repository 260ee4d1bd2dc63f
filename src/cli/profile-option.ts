import type { ProfileId } from '../core/types';
import { InputError } from './input-error';

const ALIASES: Record<string, ProfileId> = { nl: 'nl', eu: 'eu-consent', 'eu-consent': 'eu-consent' };

export function parseProfile(value: string | undefined): ProfileId {
  const profile = ALIASES[(value ?? 'nl').toLowerCase()];
  if (!profile) throw new InputError(`--profile ${value}: unknown profile (use nl or eu-consent)`);
  return profile;
}
