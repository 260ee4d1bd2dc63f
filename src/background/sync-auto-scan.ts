import browser from 'webextension-polyfill';
import { AUTO_SCAN_ORIGINS } from '../shared-ui/auto-scan-origins';

const SCRIPT_ID = 'vinkje-auto';

/** Registers the content script on every page while all-sites access is granted, and only then. */
export async function syncAutoScan(): Promise<void> {
  const granted = await browser.permissions.contains({ origins: AUTO_SCAN_ORIGINS });
  const registered = (await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] })).length > 0;
  if (granted && !registered) {
    await browser.scripting.registerContentScripts([
      { id: SCRIPT_ID, matches: AUTO_SCAN_ORIGINS, js: ['content.js'], runAt: 'document_idle', persistAcrossSessions: true },
    ]);
  } else if (!granted && registered) {
    await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  }
}
