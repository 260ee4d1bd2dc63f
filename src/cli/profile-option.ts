import type { ProfileChoice, ProfileId } from '../core/types';
import { AUTO_PROFILE, isProfileChoice, isProfileId, PROFILES } from '../core/types';
import { InputError } from './input-error';

const ALIASES: Record<string, ProfileId> = { eu: 'eu-consent', gb: 'uk' };

/** What `--profile` takes: a profile id, or `auto` (the shop's country read from the page). */
export const PROFILE_HELP = `${AUTO_PROFILE} (the shop's country, read from the page; default) or ${PROFILES.join(', ')}`;

const canonical = (value: string) => ALIASES[value.toLowerCase()] ?? value.toLowerCase();

/** `audit --profile`: a page tells its country, so `auto` is the default. */
export function parseProfile(value: string | undefined): ProfileChoice {
  const profile = canonical(value ?? AUTO_PROFILE);
  if (!isProfileChoice(profile)) throw new InputError(`--profile ${value}: unknown profile (use ${AUTO_PROFILE}, ${PROFILES.join(', ')})`);
  return profile;
}

/** `classify --profile`: a lone label has no page to read a country from, so `nl` is the default. */
export function parseTextProfile(value: string | undefined): ProfileId {
  const profile = canonical(value ?? PROFILES[0]);
  if (!isProfileId(profile)) throw new InputError(`--profile ${value}: unknown profile (use ${PROFILES.join(', ')})`);
  return profile;
}
