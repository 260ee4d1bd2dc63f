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

/** Launches Chromium once up front, so a missing browser is one clear error rather than a failure per page. */
export async function startBrowser(executablePath: string): Promise<StartedBrowser> {
  const pool = new BrowserPool(executablePath, PAGES_PER_BROWSER);
  const lease = await pool.acquire().catch((error: Error) => {
    throw new InputError(`${executablePath}: cannot start Chromium (${error.message.split('\n')[0]}); install it with apt-get install chromium or pass --chromium`);
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
