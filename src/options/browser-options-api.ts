import browser from 'webextension-polyfill';
import { AUTO_SCAN_ORIGINS } from '../shared-ui/auto-scan-origins';
import type { SiteProblem } from '../shared-ui/messages';
import { loadSettings, saveSettings } from '../shared-ui/settings-store';
import type { OptionsApi } from './options-api';

const origins = { origins: AUTO_SCAN_ORIGINS };

export const browserOptionsApi: OptionsApi = {
  loadSettings,
  saveSettings,
  hasAutoScan: () => browser.permissions.contains(origins),
  // The worker registers or unregisters the content script when the permission changes.
  setAutoScan: async (on) => (on ? browser.permissions.request(origins) : !(await browser.permissions.remove(origins))),
  loadProblemSites: async () => ((await browser.storage.local.get('problemSites')).problemSites ?? []) as SiteProblem[],
  clearProblemSites: () => browser.storage.local.remove('problemSites'),
};
