import browser from 'webextension-polyfill';
import { isReportMessage } from '../shared-ui/is-report-message';
import { ownContentScriptTab } from '../shared-ui/message-sender';
import { recordTab } from './record-tab';
import { syncAutoScan } from './sync-auto-scan';

browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => {
  // Reports count only from this extension's own content script in a tab's top frame.
  const tabId = ownContentScriptTab(sender, browser.runtime.id);
  if (tabId === null || !isReportMessage(message)) return undefined;
  return recordTab(tabId, message);
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
