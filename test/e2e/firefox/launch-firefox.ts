import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { FIREFOX_ARGS, openExtensionPage } from './firefox-internals';

export interface LaunchedFirefox {
  browser: Browser;
  /** The gecko id from the manifest. */
  id: string;
  /** moz-extension://<uuid>, pinned by a pref so the tests know it before install. */
  origin: string;
  /** A tab showing options.html: extension API calls run there (Firefox has no worker target). */
  extensionPage: Page;
  /** Where "export" downloads land. */
  downloads: string;
  /** The extension's UI language, after Firefox's: nl with the Dutch language pack, else en. */
  lang: 'nl' | 'en';
  close(): Promise<void>;
}

/**
 * Headless Firefox (Dutch by default, when its language pack is there) with the built extension/ installed as
 * a temporary add-on, the way about:debugging loads it, and no host permission granted.
 */
export async function launchFirefox(executablePath: string, requestedLang: 'nl' | 'en-US' = 'nl'): Promise<LaunchedFirefox> {
  const id = (JSON.parse(readFileSync(resolve('extension/manifest.json'), 'utf8')) as { browser_specific_settings: { gecko: { id: string } } }).browser_specific_settings.gecko.id;
  const uuid = randomUUID();
  const downloads = mkdtempSync(join(tmpdir(), 'vinkje-firefox-downloads-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    args: FIREFOX_ARGS,
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [id]: uuid }),
      // A real click on "warn me automatically" grants all-sites access without a doorhanger.
      'extensions.webextOptionalPermissionPrompts': false,
      'intl.locale.requested': requestedLang,
      'layout.css.prefers-color-scheme.content-override': 1,
      'browser.download.folderList': 2,
      'browser.download.dir': downloads,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
    },
  });
  try {
    await browser.installExtension(resolve('extension'));
    const origin = `moz-extension://${uuid}`;
    const extensionPage = await browser.newPage();
    await openExtensionPage(extensionPage, `${origin}/options.html`);
    const ui = await extensionPage.evaluate(() => (globalThis as any).browser.i18n.getUILanguage() as string);
    const close = async () => {
      await browser.close();
      rmSync(downloads, { recursive: true, force: true });
    };
    return { browser, id, origin, extensionPage, downloads, lang: ui.startsWith('nl') ? 'nl' : 'en', close };
  } catch (error) {
    await browser.close();
    rmSync(downloads, { recursive: true, force: true });
    throw error;
  }
}
