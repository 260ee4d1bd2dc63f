import type { Settings } from './messages';

/** Auto-untick stays off until the person asks for it: Vinkje explains first, acts on request. */
export const DEFAULT_SETTINGS: Settings = { profile: 'auto', siteProfiles: {}, highlights: true, autoUntick: false, reviewer: false, ignoredSites: [] };
