import browser from 'webextension-polyfill';
import { browserTranslate, uiLang } from '../shared-ui/browser-translate';
import { browserPopupApi } from './browser-popup-api';
import { runPopup } from './run-popup';

/** `?tabId=N` lets tests open the popup as a tab; the toolbar popup uses the active tab. */
async function targetTab(): Promise<number> {
  const param = new URLSearchParams(location.search).get('tabId');
  if (param && /^\d+$/.test(param)) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? browser.tabs.TAB_ID_NONE;
}

void targetTab().then((tabId) => runPopup(document, browserPopupApi(tabId), browserTranslate, uiLang()));
