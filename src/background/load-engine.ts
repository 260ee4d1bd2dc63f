import browser from 'webextension-polyfill';
import type { PageSample } from '../shared-ui/messages';
import { languagesToLoad, type StopwordTable } from './languages-to-load';

/** Every language's function words, written in by the build from src/core/lexicons (scripts/build-extension.mjs). */
declare const VINKJE_STOPWORDS: StopwordTable;

/** Injects the lexicon chunks of the page's languages, then the engine, into the frame whose sentinel asked. */
export async function loadEngine(tabId: number, frameId: number, sample: PageSample): Promise<string[]> {
  const languages = languagesToLoad(sample, VINKJE_STOPWORDS);
  const files = [...languages.map((lang) => `lexicons/${lang}.js`), 'engine.js'];
  await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files });
  return languages;
}
