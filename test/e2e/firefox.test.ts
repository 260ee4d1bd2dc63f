import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import axe from 'axe-core';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Translate } from '../../src/shared-ui/messages';
import { translator } from '../extension/translator';
import { clickToolbarButton, closedShadowBoxes, extensionErrors, openExtensionPage, setColorScheme, type Rect } from './firefox/firefox-internals';
import { launchFirefox, type LaunchedFirefox } from './firefox/launch-firefox';
import { popupLayout, SHOP_VIEW, shotPath } from './popup-layout';
import { attack } from './hostile-attack';
import { runAxe } from './run-axe';
import { serveShop, type Shop } from './serve-shop';

const FIREFOX = inject('browsers').firefox;
const DUTCH = inject('firefoxDutch');
const RED = [197, 34, 31, 255];

// The extension API of the options tab; typed loosely because it runs in Firefox, not here.
const api = (ff: LaunchedFirefox) => ff.extensionPage;

const encloses = (outer: Rect, inner: Rect) =>
  outer.x <= inner.x && outer.y <= inner.y && outer.x + outer.width >= inner.x + inner.width && outer.y + outer.height >= inner.y + inner.height;

const rectOf = (page: Page, selector: string) =>
  page.$eval(selector, (element) => JSON.parse(JSON.stringify(element.getBoundingClientRect())) as Rect);

const SOON = { timeout: 6000 };

/** The id of the tab showing `page`: it is the selected one once brought to front. */
async function tabIdOf(ff: LaunchedFirefox, page: Page): Promise<number> {
  await page.bringToFront();
  return api(ff).evaluate(async () => (await (globalThis as any).browser.tabs.query({ active: true, lastFocusedWindow: true }))[0].id as number);
}

const badgeOf = (ff: LaunchedFirefox, tabId: number) =>
  api(ff).evaluate(async (id) => {
    const action = (globalThis as any).browser.action;
    return { text: (await action.getBadgeText({ tabId: id })) as string, color: (await action.getBadgeBackgroundColor({ tabId: id })) as number[] };
  }, tabId);

/** The text of the real toolbar popup once it has rendered a page (read from another extension page); '' before. */
const toolbarPopupText = (ff: LaunchedFirefox) =>
  api(ff).evaluate(() => {
    const [popup] = (globalThis as any).browser.extension.getViews({ type: 'popup' }) as Window[];
    return popup?.document.querySelector('#content[aria-busy="false"]') ? popup.document.body.innerText : '';
  });

async function openPopupTab(ff: LaunchedFirefox, tabId: number): Promise<Page> {
  const popup = await ff.browser.newPage();
  await popup.setViewport({ width: 420, height: 900 });
  await openExtensionPage(popup, `${ff.origin}/popup.html?tabId=${tabId}`);
  await popup.waitForSelector('#content[aria-busy="false"]');
  return popup;
}

/** The popup at the size a toolbar popup gets, screenshot into docs/img, the action measured within the first 600 px. */
async function shopperView(ff: LaunchedFirefox, tabId: number, scheme: 'light' | 'dark'): Promise<Page> {
  const popup = await openPopupTab(ff, tabId);
  await popup.setViewport(SHOP_VIEW);
  const layout = await popup.evaluate(popupLayout);
  expect(layout.actionBottom).toBeLessThanOrEqual(600);
  expect(layout.documentHeight).toBeLessThanOrEqual(600);
  await popup.screenshot({ path: shotPath('firefox', ff.lang, scheme) as `${string}.png` });
  return popup;
}

const checkoutState = (page: Page) =>
  page.evaluate(() => ({
    partners: (document.getElementById('partners') as HTMLInputElement).checked,
    newsletter: (document.getElementById('newsletter') as HTMLInputElement).checked,
    changes: (window as any).changes as string[],
  }));

const setSetting = (ff: LaunchedFirefox, name: string, value: boolean) =>
  api(ff).evaluate(async (key, on) => {
    const storage = (globalThis as any).browser.storage.local;
    const { settings } = await storage.get('settings');
    await storage.set({ settings: { ...settings, [key]: on } });
  }, name, value);

async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axe.source);
  return page.evaluate(runAxe);
}

describe.skipIf(!FIREFOX)('the extension in Firefox', () => {
  let ff: LaunchedFirefox;
  let shop: Shop;
  let page: Page;
  let tabId: number;
  let t: Translate;
  beforeAll(async () => {
    shop = await serveShop();
    ff = await launchFirefox(FIREFOX!);
    t = translator(ff.lang);
    page = await ff.browser.newPage();
    await page.goto(`${shop.origin}/checkout.html`);
    tabId = await tabIdOf(ff, page);
  });
  afterAll(async () => {
    await ff?.close();
    await shop?.close();
  });

  it('reads nothing on a page until the toolbar button is clicked, then badges it red', async () => {
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect((await badgeOf(ff, tabId)).text).toBe('');
    await page.bringToFront();
    await clickToolbarButton(ff.browser, ff.id);
    await expect.poll(() => badgeOf(ff, tabId), SOON).toEqual({ text: '1', color: RED });
  });

  it('opens the toolbar popup with the verdict and the partner box quoted', async () => {
    await expect.poll(() => toolbarPopupText(ff), SOON).not.toBe('');
    const text = await toolbarPopupText(ff);
    expect(text).toContain(t('verdict_non_compliant'));
    expect(text).toContain(t('formHeading', [t('context_purchase')]));
    expect(text).toContain('Ja, ik wil ook aanbiedingen van onze partners ontvangen');
  });

  it('shows the popup for a tab, light and dark, answer first, with no axe violations', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      await setColorScheme(ff.browser, scheme);
      const popup = await shopperView(ff, tabId, scheme);
      expect(await popup.$eval('.page-verdict', (el) => (el as HTMLElement).innerText)).toContain(t('verdict_non_compliant'));
      expect(await popup.$eval('#sentence', (el) => el.textContent)).toBe(t('answerOn_other', ['2']));
      const background = await popup.evaluate(() => getComputedStyle(document.body).backgroundColor);
      const [r = 0, g = 0, b = 0] = background.match(/\d+/g)!.map(Number);
      expect(r + g + b < 200, `body ${background} in ${scheme} mode`).toBe(scheme === 'dark');
      await popup.click('.legal-check summary');
      const statuses = await popup.$$eval('.form .req-status', (els) => els.map((el) => (el as HTMLElement).innerText));
      expect(statuses).toHaveLength(6);
      expect(statuses).toContain(t('status_unknown'));
      expect(await popup.$$eval('.control-label', (els) => els.map((el) => (el as HTMLElement).innerText))).toContain('Ja, ik wil ook aanbiedingen van onze partners ontvangen');
      expect(await axeViolations(popup)).toEqual([]);
      await popup.close();
    }
    await setColorScheme(ff.browser, 'light');
  });

  it('opens everything in reviewer mode, with no axe violations', async () => {
    await setSetting(ff, 'reviewer', true);
    const popup = await openPopupTab(ff, tabId);
    expect(await popup.$eval('.legal-check', (el) => (el as HTMLDetailsElement).open)).toBe(true);
    expect(await popup.$eval('#export', (el) => el.parentElement!.id)).toBe('actions');
    expect(await axeViolations(popup)).toEqual([]);
    await popup.close();
    await setSetting(ff, 'reviewer', false);
  });

  it('outlines both marketing boxes in a closed shadow root', async () => {
    const boxes = await closedShadowBoxes(ff.browser, page);
    expect(boxes).toHaveLength(2);
    for (const selector of ['#newsletter', '#partners']) {
      const control = await rectOf(page, selector);
      expect(boxes.some((box) => encloses(box, control)), selector).toBe(true);
    }
    await page.evaluate(() => document.querySelector('#partners')?.scrollIntoView({ block: 'center' }));
    await new Promise((resolve) => setTimeout(resolve, 300));
    await page.screenshot({ path: 'test-results/page-highlighted-firefox.png' });
  });

  it('scrolls the page to a box with "show on page"', async () => {
    const popup = await openPopupTab(ff, tabId);
    await popup.click('button[data-show="#partners"]');
    await expect.poll(() => page.evaluate(() => window.scrollY), SOON).toBeGreaterThan(100);
    await popup.close();
  });

  it('unticks every marketing box, the shop sees the change, a box the user set stays, and undo puts it back', async () => {
    await page.bringToFront();
    await page.click('#newsletter');
    await page.click('#newsletter');
    const popup = await openPopupTab(ff, tabId);
    await popup.click('#untick');
    await expect.poll(() => popup.$eval('#untick-status', (el) => el.textContent), SOON).toBe(t('untickSkipped_one', ['1']));
    expect(await popup.$eval('#sentence', (el) => el.textContent)).toBe(`${t('answerUnticked_one', ['1'])} ${t('answerNone')}`);
    expect(await checkoutState(page)).toEqual({ partners: false, newsletter: true, changes: ['newsletter', 'newsletter', 'partners'] });
    await popup.click('#undo');
    await expect.poll(() => popup.$eval('#sentence', (el) => el.textContent), SOON).toBe(`${t('answerReticked_one', ['1'])} ${t('answerPartners_one', ['1'])}`);
    expect(await checkoutState(page)).toEqual({ partners: true, newsletter: true, changes: ['newsletter', 'newsletter', 'partners', 'partners'] });
    await popup.close();
  });

  it('unticks and re-ticks one box with its own switch', async () => {
    const popup = await openPopupTab(ff, tabId);
    const checked = () => popup.$eval('[data-switch="#partners"]', (el) => el.getAttribute('aria-checked'));
    await popup.click('[data-switch="#partners"]');
    await expect.poll(checked, SOON).toBe('false');
    expect((await checkoutState(page)).partners).toBe(false);
    await popup.click('[data-switch="#partners"]');
    await expect.poll(checked, SOON).toBe('true');
    expect((await checkoutState(page)).partners).toBe(true);
    await popup.close();
  });

  it('exports the report as contract JSON, Markdown and self-contained HTML files', async () => {
    const popup = await openPopupTab(ff, tabId);
    const save = async (format: string) => {
      await popup.click(`[data-export="${format}"]`);
      // Firefox puts an empty placeholder under the final name and writes NAME.part until it is done.
      const saved = () => {
        const files = readdirSync(ff.downloads);
        const name = files.find((file) => file.endsWith(`.${format}`));
        return name && !files.includes(`${name}.part`) && statSync(join(ff.downloads, name)).size > 0 ? name : '';
      };
      await expect.poll(saved, SOON).not.toBe('');
      return { name: saved(), text: readFileSync(join(ff.downloads, saved()), 'utf8') };
    };
    const json = await save('json');
    expect(json.name).toMatch(/^vinkje-127\.0\.0\.1_\d+-\d{4}-\d\d-\d\d\.json$/);
    expect(JSON.parse(json.text)).toMatchObject({ schema: 'vinkje/1', profile: 'nl', verdict: 'non-compliant', tool: { name: 'vinkje' } });
    expect((await save('md')).text).toContain(`## ${t('formHeading', [t('context_purchase')])} — ${t('verdict_non_compliant')}`);
    const html = (await save('html')).text;
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).not.toMatch(/<script|<link/);
    await popup.close();
  });

  it('warns on every shop without a click once all-sites access is granted in the options page', async () => {
    await ff.extensionPage.bringToFront();
    await ff.extensionPage.click('#auto-scan');
    await expect.poll(() => api(ff).evaluate(async () => (await (globalThis as any).browser.scripting.getRegisteredContentScripts()).map((script: any) => script.id) as string[]), SOON).toEqual(['vinkje-auto']);
    const late = await ff.browser.newPage();
    await late.goto(`${shop.origin}/late-checkout.html`);
    const lateTab = await tabIdOf(ff, late);
    await expect.poll(async () => (await badgeOf(ff, lateTab)).text, SOON).toBe('1');
    const box = await rectOf(late, '#spa-partners');
    expect((await closedShadowBoxes(ff.browser, late)).some((outline) => encloses(outline, box))).toBe(true);
    await late.close();
  });

  it('reports the same after a postMessage flood and synthetic events, and still unticks both boxes as the shop\'s', async () => {
    const hostile = await ff.browser.newPage();
    await hostile.goto(`${shop.origin}/checkout.html`);
    const hostileTab = await tabIdOf(ff, hostile);
    await expect.poll(() => badgeOf(ff, hostileTab), SOON).toEqual({ text: '1', color: RED });
    const popupSays = async () => {
      const popup = await openPopupTab(ff, hostileTab);
      const texts = (selector: string) => popup.$$eval(selector, (els) => els.map((el) => (el as HTMLElement).innerText));
      const said = {
        verdict: await texts('.page-verdict'),
        sentence: await texts('#sentence'),
        labels: await texts('.control-label'),
        switches: await popup.$$eval('[data-switch]', (els) => els.map((el) => `${el.getAttribute('data-switch')}=${el.getAttribute('aria-checked')}`)),
      };
      await popup.close();
      return said;
    };
    const before = await popupSays();
    expect(before.switches).toEqual(expect.arrayContaining(['#partners=true', '#newsletter=true']));
    await hostile.evaluate(attack);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(await popupSays()).toEqual(before);
    expect((await badgeOf(ff, hostileTab)).text).toBe('1');
    expect(await hostile.title()).not.toBe('1');
    const popup = await openPopupTab(ff, hostileTab);
    await popup.click('#untick');
    await expect.poll(() => popup.$eval('#sentence', (el) => el.textContent), SOON).toBe(`${t('answerUnticked_other', ['2'])} ${t('answerNone')}`);
    expect(await hostile.evaluate(() => ['partners', 'newsletter'].map((id) => (document.getElementById(id) as HTMLInputElement).checked))).toEqual([false, false]);
    await popup.close();
    await hostile.close();
  });

  it.skipIf(!DUTCH)('speaks Dutch when Firefox does', () => {
    expect(ff.lang).toBe('nl');
  });

  it('logged no error from any of its scripts', async () => {
    expect(await extensionErrors(ff.browser, ff.origin)).toEqual([]);
  });
});

describe.skipIf(!FIREFOX)('the extension in Firefox, English UI', () => {
  it('answers first in English, light and dark, with no axe violations', { timeout: 120_000 }, async () => {
    const shop = await serveShop();
    const ff = await launchFirefox(FIREFOX!, 'en-US');
    try {
      expect(ff.lang).toBe('en');
      const page = await ff.browser.newPage();
      await page.goto(`${shop.origin}/checkout.html`);
      const tabId = await tabIdOf(ff, page);
      await clickToolbarButton(ff.browser, ff.id);
      await expect.poll(async () => (await badgeOf(ff, tabId)).text, SOON).toBe('1');
      for (const scheme of ['light', 'dark'] as const) {
        await setColorScheme(ff.browser, scheme);
        const popup = await shopperView(ff, tabId, scheme);
        expect(await popup.$eval('#sentence', (el) => el.textContent)).toBe('2 boxes here sign you up for advertising.');
        expect(await axeViolations(popup)).toEqual([]);
        await popup.close();
      }
    } finally {
      await ff.close();
      await shop.close();
    }
  });
});
