import { findBrowser, systemHost } from '../browser/index.js';
import { InputError } from '../input-error.js';
import { BrowserPool } from './browser-pool.js';
import { userAgent } from './user-agent.js';

// Relaunching the browser now and then keeps a 10 000-page batch at a flat memory footprint.
const PAGES_PER_BROWSER = 200;

export interface StartedBrowser {
  pool: BrowserPool;
  browserVersion: string;
  userAgent: string;
}

/**
 * Finds the browser (--browser, VINKJE_BROWSER, else an installed Chrome, Chromium, Edge or Brave)
 * and launches it once up front, so a missing browser is one clear error rather than a failure per page.
 */
export async function startBrowser(requested: string | undefined): Promise<StartedBrowser> {
  const search = findBrowser({ family: 'chromium', flag: requested }, systemHost());
  if (!search.found) throw new InputError(search.message);
  const { path } = search.found;
  const pool = new BrowserPool(path, PAGES_PER_BROWSER);
  const lease = await pool.acquire().catch((error: Error) => {
    throw new InputError(`${path}: cannot start the browser (${error.message.split('\n')[0]}); pass another with --browser PATH`);
  });
  try {
    const session = await lease.browser.newBrowserCDPSession();
    const version = (await session.send('Browser.getVersion')) as { product: string; userAgent: string };
    await session.detach();
    return { pool, browserVersion: version.product, userAgent: userAgent(version.userAgent) };
  } finally {
    lease.release();
  }
}
