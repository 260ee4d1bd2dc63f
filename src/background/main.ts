import browser from 'webextension-polyfill';
import { isLoadEngineRequest } from '../shared-ui/is-load-engine-request';
import { isReportMessage } from '../shared-ui/is-report-message';
import { loadEngine } from './load-engine';
import { ownContentScriptTab } from '../shared-ui/message-sender';
import { recordTab } from './record-tab';
import { syncAutoScan } from './sync-auto-scan';

browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => {
  // Only this extension's own content scripts in a tab's top frame: the sentinel asks for the
  // engine, the engine reports.
  const tabId = ownContentScriptTab(sender, browser.runtime.id);
  if (tabId === null) return undefined;
  if (isLoadEngineRequest(message)) return loadEngine(tabId, 0, message);
  if (isReportMessage(message)) return recordTab(tabId, message);
  return undefined;
});

// A new page in the tab: its old report and badge no longer apply.
browser.tabs.onUpdated.addListener((tabId, change) => {
  if (change.status !== 'loading') return;
  void browser.storage.session.remove(`tab:${tabId}`);
  void browser.action.setBadgeText({ tabId, text: '' });
});
browser.tabs.onRemoved.addListener((tabId) => void browser.storage.session.remove(`tab:${tabId}`));

browser.permissions.onAdded.addListener(() => void syncAutoScan());
browser.permissions.onRemoved.addListener(() => void syncAutoScan());
browser.runtime.onInstalled.addListener(({ reason }) => {
  void syncAutoScan();
  // First run only: what Vinkje does, what it reads, and that nothing leaves the browser.
  if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('welcome.html') });
});
browser.runtime.onStartup.addListener(() => void syncAutoScan());
