import { chromium, type Browser } from 'playwright-core';
import { VERSION } from '../../../core/version.js';
import { findBrowser, systemHost } from '../../browser/index.js';
import { InputError } from '../../input-error.js';

const ARGS = ['--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];
// Relaunching the browser now and then keeps a 10 000-page batch at a flat memory footprint.
const PAGES_PER_BROWSER = 200;

/** An honest user agent: the browser's own string, then who is visiting and why. */
export function userAgent(browserUserAgent?: string): string {
  const vinkje = `Vinkje/${VERSION} (marketing-consent auditor)`;
  return browserUserAgent ? `${browserUserAgent} ${vinkje}` : vinkje;
}

export interface Lease {
  browser: Browser;
  release(): void;
}

interface Generation {
  browser: Promise<Browser>;
  uses: number;
  active: number;
  dead: boolean;
}

/**
 * Hands out one headless Chromium; each page gets its own context (closed afterwards). After
 * `pagesPerBrowser` pages, or when it died, the browser is replaced and the old one closed once
 * its last page is done, so memory stays bounded over 10 000 URLs.
 */
export class BrowserPool {
  private current: Generation | undefined;
  private closed = false;

  constructor(
    private readonly executablePath: string,
    private readonly pagesPerBrowser: number,
  ) {}

  async acquire(): Promise<Lease> {
    if (this.closed) throw new Error('the browser pool is closed');
    if (!this.current || this.current.dead || this.current.uses >= this.pagesPerBrowser) {
      if (this.current) this.retire(this.current);
      this.current = this.launch();
    }
    const generation = this.current;
    generation.uses += 1;
    generation.active += 1;
    const browser = await generation.browser;
    return {
      browser,
      release: () => {
        generation.active -= 1;
        if (generation !== this.current) this.retire(generation);
      },
    };
  }

  private launch(): Generation {
    const generation: Generation = { browser: chromium.launch({ executablePath: this.executablePath, headless: true, args: ARGS }), uses: 0, active: 0, dead: false };
    generation.browser.then(
      (browser) => browser.on('disconnected', () => (generation.dead = true)),
      () => (generation.dead = true),
    );
    return generation;
  }

  private retire(generation: Generation): void {
    if (generation.active === 0) void generation.browser.then((browser) => browser.close()).catch(() => undefined);
  }

  async close(): Promise<void> {
    this.closed = true;
    const browser = await this.current?.browser.catch(() => undefined);
    this.current = undefined;
    await browser?.close().catch(() => undefined);
  }
}

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
