import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { ensureBuilt } from './ensure-built.js';
import { startFixtureShop, type FixtureShop } from './fixture-shop.js';

/** For a test file: the built engine, the fixture shop on 127.0.0.1 and a temp folder, all gone afterwards. */
export function useFixtureShop(sitemapSize?: number): { shop: FixtureShop; dir: string } {
  const state = {} as { shop: FixtureShop; dir: string };
  beforeAll(async () => {
    ensureBuilt();
    state.shop = await startFixtureShop(sitemapSize);
    state.dir = await mkdtemp(join(tmpdir(), 'vinkje-live-'));
  });
  afterAll(async () => {
    await state.shop?.close();
    if (state.dir) await rm(state.dir, { recursive: true, force: true });
  });
  return state;
}
