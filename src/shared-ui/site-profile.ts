import type { ProfileChoice } from '../core/types';
import type { Settings } from './messages';

/** The rules a site is judged by: its own choice in the popup, else the default of the options page. */
export const profileForSite = (settings: Settings, host: string): ProfileChoice => settings.siteProfiles[host] ?? settings.profile;

/** The per-site choices after a person picks `choice` for `host`; picking the default drops the override. */
export function withSiteProfile(settings: Settings, host: string, choice: ProfileChoice): Settings['siteProfiles'] {
  const { [host]: _previous, ...others } = settings.siteProfiles;
  return choice === settings.profile ? others : { ...others, [host]: choice };
}
