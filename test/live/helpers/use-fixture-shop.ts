import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, inject } from 'vitest';
import { startFixtureShop, type FixtureShop } from './fixture-shop.js';

/** The Chromium-family browser the browser tier found (null: the live tests skip, see test/setup/find-browsers.ts). */
export const LIVE_BROWSER = inject('browsers').chromium;

/**
 * For a test file: the fixture shop on 127.0.0.1 and a temp folder, all gone afterwards; the live
 * auditor (and any CLI it spawns) drives LIVE_BROWSER. The build is there: the tier's global setup made it.
 */
export function useFixtureShop(sitemapSize?: number): { shop: FixtureShop; dir: string } {
  const state = {} as { shop: FixtureShop; dir: string };
  beforeAll(async () => {
    if (LIVE_BROWSER) process.env['VINKJE_BROWSER'] = LIVE_BROWSER;
    state.shop = await startFixtureShop(sitemapSize);
    state.dir = await mkdtemp(join(tmpdir(), 'vinkje-live-'));
  });
  afterAll(async () => {
    await state.shop?.close();
    if (state.dir) await rm(state.dir, { recursive: true, force: true });
  });
  return state;
}
