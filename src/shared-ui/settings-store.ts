import { ext } from './extension-api';
import { DEFAULT_SETTINGS } from './default-settings';
import type { Settings } from './messages';

const KEY = 'settings';

export async function loadSettings(): Promise<Settings> {
  const stored = (await ext.storage.local.get(KEY))[KEY] as Partial<Settings> | undefined;
  return { ...DEFAULT_SETTINGS, ...stored };
}

export async function saveSettings(patch: Partial<Settings>): Promise<void> {
  await ext.storage.local.set({ [KEY]: { ...(await loadSettings()), ...patch } });
}

/** Calls back with the new settings whenever any extension page or tab changes them. */
export function onSettingsChanged(callback: (settings: Settings) => void): void {
  ext.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && KEY in changes) callback({ ...DEFAULT_SETTINGS, ...(changes[KEY]!.newValue as Partial<Settings>) });
  });
}
