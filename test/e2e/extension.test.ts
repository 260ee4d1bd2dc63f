import { mkdirSync, readFileSync } from 'node:fs';
import axe from 'axe-core';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, badgeOf, openPopup, overlayBoxes, tabIdOf, type Rect } from './extension-page';
import { launchExtension, type Launched } from './launch-extension';
import { serveShop, type Shop } from './serve-shop';

/** The Chromium-family browser the browser tier found; null when these tests skip (test/setup/find-browsers.ts). */
const CHROMIUM = inject('browsers').chromium;
const SHOTS = 'test-results';
const RED = [197, 34, 31, 255];

const encloses = (outer: Rect, inner: { x: number; y: number; width: number; height: number }) =>
  outer.x <= inner.x && outer.y <= inner.y && outer.x + outer.width >= inner.x + inner.width && outer.y + outer.height >= inner.y + inner.height;

async function controlRect(page: Page, selector: string) {
  return (await page.locator(selector).boundingBox())!;
}

describe.skipIf(!CHROMIUM)('the extension in Chromium, Dutch UI', () => {
  let shop: Shop;
  let browser: Launched;
  let page: Page;
  let tabId: number;
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    shop = await serveShop();
    browser = await launchExtension(CHROMIUM!, 'nl');
    page = await browser.context.newPage();
    await page.goto(`${shop.origin}/checkout.html`);
    tabId = await tabIdOf(browser, page);
  });
  afterAll(async () => {
    await browser?.close();
    await shop?.close();
  });

  it('says why the checkout breaks the rules, light and dark, with no axe violations', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const popup = await openPopup(browser, tabId, scheme);
      expect(await popup.locator('.page-verdict').innerText()).toContain('Niet volgens de regels');
      expect(await popup.locator('.form h2').first().innerText()).toContain('Formulier: Afrekenen');
      const statuses = await popup.locator('.form').first().locator('.req-status').allInnerTexts();
      expect(statuses).toHaveLength(6);
      expect(statuses[1]).toBe('niet voldaan');
      expect(statuses[2]).toBe('niet te zien op het formulier');
      expect(await popup.locator('.control-label').allInnerTexts()).toContain('Ja, ik wil ook aanbiedingen van onze partners ontvangen');
      expect(await popup.locator('.control--non-compliant .finding').first().innerText()).toMatch(/partner/i);
      expect(await axeViolations(popup, axe.source)).toEqual([]);
      await popup.screenshot({ path: `${SHOTS}/popup-nl-${scheme}.png`, fullPage: true });
      await popup.close();
    }
  });

  it('puts the number of problem boxes on a red badge', async () => {
    expect(await badgeOf(browser.worker, tabId, '1')).toEqual({ text: '1', color: RED });
  });

  it('outlines each marketing box in place, and follows it on scroll', async () => {
    const boxes = await overlayBoxes(page);
    expect(boxes).toHaveLength(2);
    const [newsletter, partners] = [await controlRect(page, '#newsletter'), await controlRect(page, '#partners')];
    expect(boxes.some((box) => encloses(box, partners))).toBe(true);
    expect(boxes.some((box) => encloses(box, newsletter))).toBe(true);
    await page.mouse.wheel(0, 450);
    await page.waitForFunction(() => window.scrollY >= 450);
    await page.waitForTimeout(100);
    const moved = await controlRect(page, '#partners');
    expect((await overlayBoxes(page)).some((box) => encloses(box, moved))).toBe(true);
    await page.mouse.move(moved.x - 17, moved.y + moved.height / 2);
    await page.waitForTimeout(200);
    await page.screenshot({ path: `${SHOTS}/page-highlighted-nl.png` });
  });

  it('removes every trace when highlights are turned off, and nothing on the page moved', async () => {
    const before = await controlRect(page, '#partners');
    const setHighlights = (on: boolean) =>
      browser.worker.evaluate(async (value) => {
        const storage = (globalThis as any).chrome.storage.local;
        const { settings } = await storage.get('settings');
        await storage.set({ settings: { ...settings, highlights: value } });
      }, on);
    await setHighlights(false);
    await expect.poll(() => overlayBoxes(page)).toEqual([]);
    expect(await controlRect(page, '#partners')).toEqual(before);
    await setHighlights(true);
    await expect.poll(async () => (await overlayBoxes(page)).length).toBe(2);
  });

  it('shows a control on the page from the popup', async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    const popup = await openPopup(browser, tabId);
    await popup.locator('button[data-show="#partners"]').click();
    await page.waitForFunction(() => window.scrollY > 100);
    await popup.close();
  });

  it('unticks every marketing box, the shop sees change, and a box the user set stays', async () => {
    await page.reload();
    const popup = await openPopup(browser, tabId);
    await page.click('#newsletter');
    await page.click('#newsletter');
    await popup.click('#untick');
    await expect.poll(() => popup.locator('#untick-status').innerText()).toBe(
      '1 reclamevinkjes op geen reclame gezet. 1 vinkjes die u zelf wijzigde, zijn niet aangeraakt.',
    );
    const state = await page.evaluate(() => ({
      partners: (document.getElementById('partners') as HTMLInputElement).checked,
      newsletter: (document.getElementById('newsletter') as HTMLInputElement).checked,
      changes: (window as any).changes,
    }));
    expect(state).toEqual({ partners: false, newsletter: true, changes: ['newsletter', 'newsletter', 'partners'] });
    await popup.close();
  });

  it('exports the report as contract JSON and as self-contained HTML', async () => {
    const popup = await openPopup(browser, tabId);
    const save = async (format: string) => {
      const [download] = await Promise.all([popup.waitForEvent('download'), popup.click(`[data-export="${format}"]`)]);
      return { name: download.suggestedFilename(), text: readFileSync((await download.path())!, 'utf8') };
    };
    const json = await save('json');
    expect(json.name).toMatch(/^vinkje-127\.0\.0\.1_\d+-\d{4}-\d\d-\d\d\.json$/);
    expect(JSON.parse(json.text)).toMatchObject({ schema: 'vinkje/1', profile: 'nl', verdict: 'non-compliant', tool: { name: 'vinkje' } });
    const html = await save('html');
    expect(html.text).toMatch(/^<!doctype html>/);
    expect(html.text).toContain('Vinkje-rapport');
    expect(html.text).toContain('.chip--non-compliant');
    expect(html.text).not.toMatch(/<script|<link/);
    expect((await save('md')).text).toContain('## Formulier: Afrekenen — Niet volgens de regels');
    await popup.close();
  });

  it('judges again under the EU consent profile, and back', async () => {
    await page.reload();
    const popup = await openPopup(browser, tabId);
    await popup.selectOption('#profile', 'eu-consent');
    await expect.poll(() => popup.locator('.meta').innerText()).toContain('Alleen EU-toestemming');
    expect(await popup.locator('.control--non-compliant').count()).toBe(2);
    expect((await badgeOf(browser.worker, tabId, '2')).text).toBe('2');
    await popup.selectOption('#profile', 'nl');
    await expect.poll(() => popup.locator('.meta').innerText()).toContain('Nederland');
    await popup.close();
  });

  it('finds a checkout form that arrives two seconds after load', async () => {
    const late = await browser.context.newPage();
    await late.goto(`${shop.origin}/late-checkout.html`);
    const lateTab = await tabIdOf(browser, late);
    const early = await openPopup(browser, lateTab);
    expect(await early.locator('#content').innerText()).toMatch(/Nog geen formulieren/);
    await early.close();
    expect((await badgeOf(browser.worker, lateTab, '1', 6000)).text).toBe('1');
    const popup = await openPopup(browser, lateTab);
    expect(await popup.locator('.page-verdict').innerText()).toContain('Niet volgens de regels');
    const box = await controlRect(late, '#spa-partners');
    expect((await overlayBoxes(late)).some((outline) => encloses(outline, box))).toBe(true);
    await popup.close();
    await late.close();
  });

  it('has an options page without axe violations', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.id}/options.html`);
    await options.waitForFunction(() => document.getElementById('problem-sites')?.textContent);
    expect(await options.locator('#problem-sites').innerText()).toMatch(/127\.0\.0\.1 — Niet volgens de regels/);
    expect(await axeViolations(options, axe.source)).toEqual([]);
    await options.screenshot({ path: `${SHOTS}/options-nl.png`, fullPage: true });
    await options.close();
  });

  it('sends not a single request to the network', () => {
    const foreign = browser.requests.filter((url) => !url.startsWith(`chrome-extension://${browser.id}/`) && !url.startsWith(shop.origin));
    expect(foreign).toEqual([]);
    expect(new Set(shop.requested)).toEqual(new Set(['/checkout.html', '/late-checkout.html', '/favicon.ico']));
  });
});

describe.skipIf(!CHROMIUM)('the extension in Chromium, English UI', () => {
  it('explains the checkout in English, light and dark', async () => {
    const shop = await serveShop();
    const browser = await launchExtension(CHROMIUM!, 'en');
    try {
      const page = await browser.context.newPage();
      await page.goto(`${shop.origin}/checkout.html`);
      const tabId = await tabIdOf(browser, page);
      for (const scheme of ['light', 'dark'] as const) {
        const popup = await openPopup(browser, tabId, scheme);
        expect(await popup.locator('.page-verdict').innerText()).toContain('Breaks the rules');
        expect(await popup.locator('.req-status').allInnerTexts()).toContain('cannot be seen on the form');
        expect(await popup.locator('.control--non-compliant .finding').first().innerText()).toMatch(/partner/i);
        expect(await axeViolations(popup, axe.source)).toEqual([]);
        await popup.screenshot({ path: `${SHOTS}/popup-en-${scheme}.png`, fullPage: true });
        await popup.close();
      }
    } finally {
      await browser.close();
      await shop.close();
    }
  });
});

describe.skipIf(!CHROMIUM)('the extension with automatic scanning allowed', () => {
  it('registers its content script and warns on a shop without a click, late forms included', async () => {
    const shop = await serveShop();
    const browser = await launchExtension(CHROMIUM!, 'en', ['http://*/*', 'https://*/*']);
    try {
      await expect
        .poll(() => browser.worker.evaluate(async () => (await (globalThis as any).chrome.scripting.getRegisteredContentScripts()).map((script: any) => script.id)))
        .toEqual(['vinkje-auto']);
      const page = await browser.context.newPage();
      await page.goto(`${shop.origin}/late-checkout.html`);
      const tabId = await tabIdOf(browser, page);
      expect((await badgeOf(browser.worker, tabId, '1', 6000)).text).toBe('1');
      expect(await overlayBoxes(page)).toHaveLength(1);
    } finally {
      await browser.close();
      await shop.close();
    }
  });
});
