import type { Frame, Page, Request } from 'playwright-core';

const POLL_MS = 100;
const QUIET_MS = 500;
// A request pending longer than this is a long poll, a stream or a hung beacon: not worth waiting for.
const LONG_LIVED_MS = 5000;

/**
 * Runs in every frame before the page's own scripts (serialised by addInitScript, so it must be
 * self-contained). It counts DOM insertions and pending short timers: a form that a page renders
 * from `setTimeout(render, 2000)` keeps the page "busy" until it is there.
 */
export function installQuietProbe(maxTimerMs: number): void {
  const key = Symbol.for('vinkje.quiet');
  if (key in globalThis) return;
  const pending = new Set<unknown>();
  let mutations = 0;
  const set = globalThis.setTimeout;
  const clear = globalThis.clearTimeout;
  const tracked = function (handler: unknown, delay?: number, ...args: unknown[]) {
    if (typeof handler !== 'function' || !(Number(delay ?? 0) <= maxTimerMs)) return set(handler as () => void, delay, ...args);
    const id = set((...callArgs: unknown[]) => {
      pending.delete(id);
      (handler as (...a: unknown[]) => void)(...callArgs);
    }, delay, ...args);
    pending.add(id);
    return id;
  };
  globalThis.setTimeout = tracked as typeof setTimeout;
  globalThis.clearTimeout = ((id: unknown) => {
    pending.delete(id);
    clear(id as number);
  }) as typeof clearTimeout;
  new MutationObserver(() => {
    mutations += 1;
  }).observe(document, { subtree: true, childList: true, characterData: true });
  Object.defineProperty(globalThis, key, { value: () => ({ mutations, timers: pending.size }) });
}

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

interface Probe {
  mutations: number;
  timers: number;
}

function probe(frame: Frame): Promise<Probe | null> {
  return frame
    .evaluate(() => {
      const read = (globalThis as Record<symbol, unknown>)[Symbol.for('vinkje.quiet')] as (() => Probe) | undefined;
      return read ? read() : null;
    })
    .catch(() => null);
}

async function domSignature(page: Page): Promise<string> {
  const probes = await Promise.all(page.frames().map(probe));
  return probes.map((p) => (p ? `${p.mutations}:${p.timers > 0 ? 'busy' : ''}` : '-')).join(',');
}

/**
 * Waits until no request is in flight, no frame's DOM changed and no short timer is pending for
 * half a second, or until `maxMs` has passed. Returns false when the limit was hit.
 */
export async function waitForQuiet(page: Page, network: NetworkTracker, maxMs: number): Promise<boolean> {
  const start = Date.now();
  let lastChange = start;
  let last = '';
  while (Date.now() - start < maxMs) {
    const signature = await domSignature(page);
    if (signature !== last || signature.includes('busy') || network.busy()) {
      last = signature;
      lastChange = Date.now();
    } else if (Date.now() - lastChange >= QUIET_MS) {
      return true;
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  return false;
}
