import { existsSync, mkdirSync } from 'node:fs';
import axe from 'axe-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badgeOf, openPopup, overlayBoxes, tabIdOf } from './extension-page';
import { CHROMIUM, launchExtension, type Launched } from './launch-extension';
import { serveShop, type Shop } from './serve-shop';

const SHOTS = 'test-results';

describe.skipIf(!existsSync(CHROMIUM))('the extension in Chromium (nl)', () => {
  let shop: Shop;
  let browser: Launched;
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    shop = await serveShop();
    browser = await launchExtension('nl');
  });
  afterAll(async () => {
    await browser?.close();
    await shop?.close();
  });

  it('explains a checkout with a pre-ticked partner box', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${shop.origin}/checkout.html`);
    const tabId = await tabIdOf(browser, page);
    const popup = await openPopup(browser, tabId);
    await popup.screenshot({ path: `${SHOTS}/popup-nl-light.png`, fullPage: true });
    console.log(await popup.locator('#content').innerText());
    expect(await popup.locator('.page-verdict').innerText()).toContain('Niet volgens de regels');
    expect(await popup.locator('.form h2').first().innerText()).toContain('Afrekenen');
    expect(await popup.locator('.form').first().locator('.req')).toHaveCount(6);
    const badge = await badgeOf(browser.worker, tabId, '1');
    expect(badge.text).toBe('1');
  });
});
