import type { FormContext, ProfileId } from '../types';
import { PROFILES } from '../types';
import { be } from './be';
import { de } from './de';
import { es } from './es';
import { EU_LAW } from './eu-law';
import { euConsent } from './eu-consent';
import { fr } from './fr';
import { nl } from './nl';
import type { Citation, CountryMarks, LegalGround, Profile } from './profile';
import { uk } from './uk';

/** Every profile's data, by id. Adding one: a file here, its id in `PROFILES`, its rules' `profiles`. */
export const PROFILE_DATA: Readonly<Record<ProfileId, Profile>> = { nl, 'eu-consent': euConsent, de, fr, uk, be, es };

/** Profiles with a country, for reading the shop's country from the page. */
export const COUNTRY_MARKS: readonly CountryMarks[] = PROFILES.flatMap((id) => PROFILE_DATA[id].marks ?? []);

/** Profiles whose law has the customer exception: every one but the consent view. */
export const NATIONAL_PROFILES: ProfileId[] = PROFILES.filter((id) => PROFILE_DATA[id].marks !== null);

/** The profile for a country (ISO 3166-1), or the default `nl` when Vinkje has none for it. */
export function profileOfCountry(country: string | null): ProfileId {
  return PROFILES.find((id) => PROFILE_DATA[id].marks?.code === country) ?? 'nl';
}

/**
 * The form's context as the profile's customer test reads it: a quote request is a sale under uk,
 * none under nl. `asksForQuote` is only asked where the answer matters (a contact or unclear form).
 */
export function customerContext(context: FormContext, profile: ProfileId, asksForQuote: () => boolean): { context: FormContext; quoteRequest: boolean } {
  const reading = PROFILE_DATA[profile].quoteRequest;
  if (reading === 'unsettled' || (context !== 'contact' && context !== 'unknown') || !asksForQuote()) return { context, quoteRequest: false };
  return { context: reading === 'sale' ? 'purchase' : 'contact', quoteRequest: true };
}

export function citationsOf(grounds: readonly LegalGround[], profile: ProfileId): Citation[] {
  const { grounds: own, insteadOfEuLaw = {} } = PROFILE_DATA[profile];
  return grounds.flatMap((ground) => {
    if (!(ground in EU_LAW)) return own[ground as keyof typeof own] ?? [];
    const eu = ground as keyof typeof EU_LAW;
    return insteadOfEuLaw[eu] ?? [EU_LAW[eu]];
  });
}

/** The short citations a finding carries under `profile`, each once. */
export function legalRefs(grounds: readonly LegalGround[], profile: ProfileId): string[] {
  return [...new Set(citationsOf(grounds, profile).map((citation) => citation.ref))];
}

export type { Certainty, Citation, CountryMarks, LegalGround, Profile } from './profile';
