import type { ProfileId } from '../core/types';
import { isProfileId, PROFILES } from '../core/types';
import { InputError } from './input-error';

const ALIASES: Record<string, ProfileId> = { eu: 'eu-consent' };

export function parseProfile(value: string | undefined): ProfileId {
  const name = (value ?? PROFILES[0]).toLowerCase();
  const profile = ALIASES[name] ?? name;
  if (!isProfileId(profile)) throw new InputError(`--profile ${value}: unknown profile (use ${PROFILES.join(', ')})`);
  return profile;
}
