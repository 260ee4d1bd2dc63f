import browser from 'webextension-polyfill';
import type { ContentRequest, PageState, UntickResult } from '../shared-ui/messages';
import { loadSettings, saveSettings } from '../shared-ui/settings-store';
import type { PopupApi } from './popup-api';

function download(fileName: string, mimeType: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mimeType }));
  const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The popup's view of one tab: inject the content script (activeTab grants it), then ask it. */
export function browserPopupApi(tabId: number): PopupApi {
  const ask = (request: ContentRequest): Promise<unknown> => browser.tabs.sendMessage(tabId, request, { frameId: 0 });
  return {
    async getState() {
      try {
        await browser.scripting.executeScript({ target: { tabId }, files: ['content.js'] });
        return (await ask({ type: 'vinkje:get-report' })) as PageState;
      } catch {
        return null;
      }
    },
    untickAll: async () => (await ask({ type: 'vinkje:untick-all' })) as UntickResult,
    untick: async (selector) => (await ask({ type: 'vinkje:untick', selector })) as UntickResult,
    retick: async (selectors) => (await ask({ type: 'vinkje:retick', selectors })) as UntickResult,
    showControl: async (selector) => void (await ask({ type: 'vinkje:show-control', selector })),
    loadSettings,
    saveSettings,
    openOptions: () => void browser.runtime.openOptionsPage(),
    download,
  };
}
