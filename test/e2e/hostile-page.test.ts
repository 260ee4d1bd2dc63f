// Issue 14: a shop's page scripts share the DOM with the content script and nothing else. Flooding
// window.postMessage with Vinkje-shaped messages and firing synthetic click, input and change events
// on the boxes changes nothing the popup or the badge reports, and the one-click untick still treats
// the boxes as the shop's (a script is not a shopper). Firefox: test/e2e/firefox.test.ts.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { badgeOf, openCheckout, openPopup } from './extension-page';
import { attack } from './hostile-attack';
import type { Launched } from './launch-extension';
import type { Shop } from './serve-shop';

const CHROMIUM = inject('browsers').chromium;

/** What the popup says about the tab: the page verdict, the sentence, the action, each box's label and switch. */
async function popupSays(browser: Launched, tabId: number) {
  const popup = await openPopup(browser, tabId);
  const said = {
    verdict: await popup.locator('.page-verdict').innerText(),
    sentence: await popup.locator('#sentence').innerText(),
    untick: await popup.locator('#untick').innerText(),
    labels: await popup.locator('.control-label').allInnerTexts(),
    switches: await popup.locator('[data-switch]').evaluateAll((buttons) => buttons.map((b) => `${b.getAttribute('data-switch')}=${b.getAttribute('aria-checked')}`)),
    yours: await popup.locator('.yours').count(),
  };
  await popup.close();
  return said;
}

describe.skipIf(!CHROMIUM)('a hostile page and the extension in Chromium', () => {
  let shop: Shop;
  let browser: Launched;
  let page: Page;
  let tabId: number;
  beforeAll(async () => {
    ({ shop, browser, page, tabId } = await openCheckout(CHROMIUM!, 'nl'));
  });
  afterAll(async () => {
    await browser?.close();
    await shop?.close();
  });

  it('reports the same after a postMessage flood and synthetic events, and still unticks both boxes as the shop\'s', async () => {
    const before = await popupSays(browser, tabId);
    expect(before.switches).toEqual(expect.arrayContaining(['#partners=true', '#newsletter=true']));
    await page.evaluate(attack);
    await page.waitForTimeout(1000);
    expect(await popupSays(browser, tabId)).toEqual(before);
    expect((await badgeOf(browser.worker, tabId, '1')).text).toBe('1');
    expect(await page.title()).not.toBe('1');
    const popup = await openPopup(browser, tabId);
    await popup.click('#untick');
    await expect.poll(() => popup.locator('#sentence').innerText()).toBe('2 vinkjes uitgezet. Niets op deze pagina meldt u aan voor reclame.');
    expect(await page.evaluate(() => ['partners', 'newsletter'].map((id) => (document.getElementById(id) as HTMLInputElement).checked))).toEqual([false, false]);
    await popup.close();
  });
});
