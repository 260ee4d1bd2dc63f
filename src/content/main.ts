import browser from 'webextension-polyfill';
import { isContentRequest } from '../shared-ui/is-content-request';
import { isOwnExtensionPage } from '../shared-ui/message-sender';
import { loadSettings, onSettingsChanged } from '../shared-ui/settings-store';
import { ContentController } from './content-controller';
import { createScanScheduler } from './scan-scheduler';
import { trackUserChanges } from './track-user-changes';
import { watchForms } from './watch-forms';

declare global {
  // Set in the extension's isolated world, which page scripts cannot see or set.
  var vinkjeContentLoaded: boolean | undefined;
}

async function start(): Promise<ContentController> {
  const user = trackUserChanges(document);
  const controller = new ContentController(document, await loadSettings(), user);
  const scheduler = createScanScheduler(() => controller.scan(), { quietMs: 250, maxWaitMs: 1500, budget: 0.05 });
  watchForms(document.documentElement, () => ((controller.dirty = true), scheduler.request()), controller.tracked);
  onSettingsChanged((settings) => controller.updateSettings(settings));
  controller.scan();
  return controller;
}

function listen(ready: Promise<ContentController>): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => {
    if (!isOwnExtensionPage(sender, browser.runtime.id, browser.runtime.getURL('')) || !isContentRequest(message)) return undefined;
    return ready.then((controller) => controller.handle(message));
  });
}

// The popup injects this file on every open, and automatic scanning may have run it already.
if (!globalThis.vinkjeContentLoaded) {
  globalThis.vinkjeContentLoaded = true;
  listen(start());
}
