import { chromium, type Browser } from 'playwright-core';

const ARGS = ['--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

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
