import type { Page, Request } from 'playwright-core';

// A request pending longer than this is a long poll, a stream or a hung beacon: not worth waiting for.
const LONG_LIVED_MS = 5000;

/** Counts a page's requests in flight (all frames), for the "network idle" half of waiting until quiet. */
export class NetworkTracker {
  private readonly started = new Map<Request, number>();

  constructor(page: Page) {
    page.on('request', (request) => this.started.set(request, Date.now()));
    page.on('requestfinished', (request) => this.started.delete(request));
    page.on('requestfailed', (request) => this.started.delete(request));
  }

  busy(now = Date.now()): boolean {
    for (const since of this.started.values()) if (now - since < LONG_LIVED_MS) return true;
    return false;
  }
}
