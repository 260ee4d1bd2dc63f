import { mkdirSync, readFileSync } from 'node:fs';
import axe from 'axe-core';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, badgeOf, openCheckout, openPopup, overlayBoxes, tabIdOf, type Rect } from './extension-page';
import { launchExtension, type Launched } from './launch-extension';
import { popupLayout, SHOP_VIEW, shotPath } from './popup-layout';
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

/** The checkout's two marketing boxes and every change event the shop's own script saw. */
const checkoutState = (page: Page) =>
  page.evaluate(() => ({
    partners: (document.getElementById('partners') as HTMLInputElement).checked,
    newsletter: (document.getElementById('newsletter') as HTMLInputElement).checked,
    changes: (window as any).changes,
  }));

/** One setting, written to storage as the options page would. */
const setSetting = (browser: Launched, name: string, value: boolean) =>
  browser.worker.evaluate(async ([key, on]) => {
    const storage = (globalThis as any).chrome.storage.local;
    const { settings } = await storage.get('settings');
    await storage.set({ settings: { ...settings, [key as string]: on } });
  }, [name, value] as const);

describe.skipIf(!CHROMIUM)('the extension in Chromium, Dutch UI', () => {
  let shop: Shop;
  let browser: Launched;
  let page: Page;
  let tabId: number;
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    ({ shop, browser, page, tabId } = await openCheckout(CHROMIUM!, 'nl'));
  });
  afterAll(async () => {
    await browser?.close();
    await shop?.close();
  });

  it('says why the checkout breaks the rules, light and dark, with no axe violations', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const popup = await openPopup(browser, tabId, scheme);
      await popup.setViewportSize(SHOP_VIEW);
      expect(await popup.locator('.page-verdict').innerText()).toContain('Niet volgens de regels');
      expect(await popup.locator('#sentence').innerText()).toBe('2 vinkjes hier melden u aan voor reclame.');
      expect(await popup.locator('#untick').innerText()).toBe('Zet 2 reclamevinkjes uit');
      const layout = await popup.evaluate(popupLayout);
      expect(layout.actionBottom).toBeLessThanOrEqual(600);
      expect(layout.documentHeight).toBeLessThanOrEqual(600);
      expect(await axeViolations(popup, axe.source)).toEqual([]);
      await popup.screenshot({ path: shotPath('chromium', 'nl', scheme) });
      await popup.locator('.legal-check summary').first().click();
      expect(await popup.locator('.form h2').first().innerText()).toContain('Formulier: Afrekenen');
      const statuses = await popup.locator('.form').first().locator('.req-status').allInnerTexts();
      expect(statuses).toHaveLength(6);
      expect(statuses[1]).toBe('niet voldaan');
      expect(statuses[2]).toBe('niet te zien op het formulier');
      expect(await popup.locator('.control-label').allInnerTexts()).toContain('Ja, ik wil ook aanbiedingen van onze partners ontvangen');
      expect(await popup.locator('.control--non-compliant .finding').first().innerText()).toMatch(/partner/i);
      expect(await axeViolations(popup, axe.source)).toEqual([]);
      await popup.close();
    }
  });

  it('opens everything in reviewer mode, exports in view, with no axe violations', async () => {
    await setSetting(browser, 'reviewer', true);
    const popup = await openPopup(browser, tabId);
    await popup.setViewportSize(SHOP_VIEW);
    expect(await popup.locator('.legal-check').first().getAttribute('open')).toBe('');
    const exportBox = (await popup.locator('#export').boundingBox())!;
    expect(exportBox.y + exportBox.height).toBeLessThanOrEqual(600);
    expect(await axeViolations(popup, axe.source)).toEqual([]);
    await popup.screenshot({ path: 'docs/img/popup-chromium-nl-reviewer.png' });
    await popup.close();
    await setSetting(browser, 'reviewer', false);
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
    const setHighlights = (on: boolean) => setSetting(browser, 'highlights', on);
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

  it('unticks every marketing box, the shop sees change, a box the user set stays, and undo puts it back', async () => {
    await page.reload();
    const popup = await openPopup(browser, tabId);
    await page.click('#newsletter');
    await page.click('#newsletter');
    await popup.click('#untick');
    await expect.poll(() => popup.locator('#untick-status').innerText()).toBe('1 vinkje dat u zelf wijzigde, is niet aangeraakt.');
    expect(await popup.locator('#sentence').innerText()).toBe('1 vinkje uitgezet. Niets op deze pagina meldt u aan voor reclame.');
    expect(await checkoutState(page)).toEqual({ partners: false, newsletter: true, changes: ['newsletter', 'newsletter', 'partners'] });
    await popup.click('#undo');
    await expect.poll(() => popup.locator('#sentence').innerText()).toBe('1 vinkje teruggezet zoals het stond. 1 vinkje hier meldt u aan voor reclame van partners.');
    expect(await checkoutState(page)).toEqual({ partners: true, newsletter: true, changes: ['newsletter', 'newsletter', 'partners', 'partners'] });
    await popup.close();
  });

  it('unticks and re-ticks one box with its own switch', async () => {
    await page.reload();
    const popup = await openPopup(browser, tabId);
    const partners = popup.locator('[data-switch="#partners"]');
    await partners.click();
    await expect.poll(() => partners.getAttribute('aria-checked')).toBe('false');
    expect(await checkoutState(page)).toMatchObject({ partners: false, newsletter: true });
    await partners.click();
    await expect.poll(() => partners.getAttribute('aria-checked')).toBe('true');
    expect(await checkoutState(page)).toEqual({ partners: true, newsletter: true, changes: ['partners', 'partners'] });
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
    expect(await popup.locator('.box.control--non-compliant').count()).toBe(2);
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

  it('opened a Dutch welcome page on install, linked from the options, without axe violations', async () => {
    const welcome = browser.context.pages().find((tab) => tab.url().endsWith('/welcome.html'))!;
    expect(welcome).toBeDefined();
    await welcome.waitForFunction(() => document.documentElement.lang === 'nl');
    expect(await welcome.locator('h1').innerText()).toContain('Welkom bij Vinkje');
    expect(await welcome.locator('main').innerText()).toMatch(/Niets verlaat uw browser/);
    expect(await axeViolations(welcome, axe.source)).toEqual([]);
    await welcome.screenshot({ path: 'docs/img/welcome-nl.png', fullPage: true });
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
  it('explains the checkout in English, light and dark', { timeout: 120_000 }, async () => {
    const { shop, browser, tabId } = await openCheckout(CHROMIUM!, 'en');
    try {
      for (const scheme of ['light', 'dark'] as const) {
        const popup = await openPopup(browser, tabId, scheme);
        await popup.setViewportSize(SHOP_VIEW);
        expect(await popup.locator('.page-verdict').innerText()).toContain('Breaks the rules');
        expect(await popup.locator('#sentence').innerText()).toBe('2 boxes here sign you up for advertising.');
        expect((await popup.evaluate(popupLayout)).actionBottom).toBeLessThanOrEqual(600);
        expect(await axeViolations(popup, axe.source)).toEqual([]);
        await popup.screenshot({ path: shotPath('chromium', 'en', scheme) });
        await popup.locator('.legal-check summary').first().click();
        expect(await popup.locator('.req-status').allInnerTexts()).toContain('cannot be seen on the form');
        expect(await popup.locator('.control--non-compliant .finding').first().innerText()).toMatch(/partner/i);
        await popup.close();
      }
    } finally {
      await browser.close();
      await shop.close();
    }
  });
});

/** What Vinkje's isolated world in a tab holds, asked from that world itself. */
const isolatedWorld = (browser: Launched, tabId: number) =>
  browser.worker.evaluate(async (tab) => {
    const func = () => {
      const world = globalThis as any;
      return { sentinel: world.vinkjeSentinel === true, engine: world.vinkjeEngine !== undefined, languages: (world.vinkjeLexicons ?? []).map((lexicon: any) => lexicon.lang) };
    };
    const [injection] = await (globalThis as any).chrome.scripting.executeScript({ target: { tabId: tab }, func });
    return injection.result as { sentinel: boolean; engine: boolean; languages: string[] };
  }, tabId);

describe.skipIf(!CHROMIUM)('the extension with automatic scanning allowed', () => {
  it('registers its sentinel and warns on a shop without a click, late forms included, loading the engine only there', async () => {
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
      // The sentinel on every page; the engine, with the page's language and English, only where a form appeared.
      expect(await isolatedWorld(browser, tabId)).toEqual({ sentinel: true, engine: true, languages: ['nl', 'en'] });
      const article = await browser.context.newPage();
      await article.goto(`${shop.origin}/blog.html`);
      const articleTab = await tabIdOf(browser, article);
      await expect.poll(async () => (await isolatedWorld(browser, articleTab)).sentinel).toBe(true);
      expect(await isolatedWorld(browser, articleTab)).toEqual({ sentinel: true, engine: false, languages: [] });
    } finally {
      await browser.close();
      await shop.close();
    }
  });
});
