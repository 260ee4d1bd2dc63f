import type { Runtime } from 'webextension-polyfill';
import { ext } from '../shared-ui/extension-api';
import { isContentRequest } from '../shared-ui/is-content-request';
import type { LoadEngineRequest } from '../shared-ui/messages';
import { isOwnExtensionPage } from '../shared-ui/message-sender';
import { CANDIDATE_SELECTOR } from './candidate-selector';
import type { ContentEngine } from './isolated-world';
import { pageSample } from './page-sample';

// The sentinel (extension/content.js): what every page gets while automatic scanning is on,
// and what the popup injects. It holds no engine and no lexicon: once a control that can carry
// a marketing choice appears, or the popup asks, the background worker injects the engine
// with the lexicons of the page's languages (src/content/engine.ts).

let engine: Promise<ContentEngine> | undefined;

function loadEngine(): Promise<ContentEngine> {
  if (engine) return engine;
  const request: LoadEngineRequest = { type: 'vinkje:load-engine', ...pageSample(document) };
  engine = ext.runtime.sendMessage(request).then(() => {
    if (!globalThis.vinkjeEngine) throw new Error('the engine was not injected');
    return globalThis.vinkjeEngine;
  });
  // A failed load (no access yet) is tried again on the popup's next request.
  engine.catch(() => (engine = undefined));
  return engine;
}

const addsCandidate = (record: MutationRecord) =>
  [...record.addedNodes].some((node) => node.nodeType === 1 && ((node as Element).matches(CANDIDATE_SELECTOR) || (node as Element).querySelector(CANDIDATE_SELECTOR) !== null));

/** Loads the engine now if the page has a candidate, else when the first one appears. */
function waitForCandidates(): void {
  if (document.querySelector(CANDIDATE_SELECTOR)) return void loadEngine().catch(() => {});
  const observer = new MutationObserver((records) => {
    if (!records.some(addsCandidate)) return;
    observer.disconnect();
    loadEngine().catch(() => {});
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
}

/** Answers through `sendResponse` (`true`: later), which Chrome and Firefox both support without the polyfill. */
function answer(message: unknown, sender: Runtime.MessageSender, sendResponse: (response: unknown) => void): true | undefined {
  // Only this extension's own pages may ask: never a web page, another extension or a content script.
  if (!isOwnExtensionPage(sender, ext.runtime.id, ext.runtime.getURL('')) || !isContentRequest(message)) return undefined;
  loadEngine()
    .then((loaded) => loaded.handle(message))
    .then(sendResponse, () => sendResponse(null));
  return true;
}

// The popup injects this file on every open, and automatic scanning may have run it already.
if (!globalThis.vinkjeSentinel) {
  globalThis.vinkjeSentinel = true;
  ext.runtime.onMessage.addListener(answer as Runtime.OnMessageListener);
  waitForCandidates();
}
