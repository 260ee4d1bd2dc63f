import { useLexicons } from '../core/lexicons/index';
import { loadSettings, onSettingsChanged } from '../shared-ui/settings-store';
import { ContentController } from './content-controller';
import type { ContentEngine } from './isolated-world';
import { createScanScheduler } from './scan-scheduler';
import { trackUserChanges } from './track-user-changes';
import { watchForms } from './watch-forms';

// The content engine (extension/engine.js): the background worker injects it after the
// lexicon chunks of the page's languages, once the sentinel (main.ts) saw a candidate control
// or the popup asked. The sentinel passes the popup's requests on to it.

async function start(): Promise<ContentController> {
  const user = trackUserChanges(document);
  const controller = new ContentController(document, await loadSettings(), user);
  const scheduler = createScanScheduler(() => controller.scan(), { quietMs: 250, maxWaitMs: 1500, budget: 0.05 });
  watchForms(document.documentElement, (changed) => (controller.noteChanges(changed), scheduler.request()), controller.tracked);
  onSettingsChanged((settings) => controller.updateSettings(settings));
  controller.scan();
  return controller;
}

if (!globalThis.vinkjeEngine) {
  useLexicons(globalThis.vinkjeLexicons ?? []);
  const ready = start();
  const engine: ContentEngine = { handle: (request) => ready.then((controller) => controller.handle(request)) };
  globalThis.vinkjeEngine = engine;
}
