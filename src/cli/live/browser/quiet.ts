import type { Frame, Page, Request } from 'playwright-core';
import { call, Worlds } from '../scan/world.js';

const POLL_MS = 100;
const QUIET_MS = 500;
// A request pending longer than this is a long poll, a stream or a hung beacon: not worth waiting for.
const LONG_LIVED_MS = 5000;

/**
 * Runs in every frame before the page's own scripts (serialised by addInitScript, so it must be
 * self-contained) and counts pending short timers: a form that a page renders from
 * `setTimeout(render, 2000)` keeps the page "busy" until it is there. Timers are the page's own, so
 * this half of the probe must live in the page's world: a page that hides its timers from it is only
 * scanned sooner, as one that renders after the wait would be; one that fakes them runs into the limit.
 */
export function installTimerProbe(maxTimerMs: number): void {
  const key = Symbol.for('vinkje.timers');
  if (key in globalThis) return;
  const pending = new Set<unknown>();
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
  Object.defineProperty(globalThis, key, { value: () => pending.size });
}

const QUIET_WORLD = 'vinkje-quiet';

// Runs in the quiet probe's isolated world of each frame (sent as source text): it shares the DOM with
// the page and nothing else, so the page can neither see this observer nor change what it counts.
function countMutations(): void {
  const probe = globalThis as { vinkjeMutations?: number };
  if (probe.vinkjeMutations !== undefined) return;
  probe.vinkjeMutations = 0;
  new MutationObserver(() => {
    probe.vinkjeMutations! += 1;
  }).observe(document, { subtree: true, childList: true, characterData: true });
}

const readMutations = (): number => (globalThis as { vinkjeMutations?: number }).vinkjeMutations ?? 0;

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

function pendingTimers(frame: Frame): Promise<number> {
  return frame
    .evaluate(() => {
      const read = (globalThis as Record<symbol, unknown>)[Symbol.for('vinkje.timers')] as (() => number) | undefined;
      return read ? read() : 0;
    })
    .catch(() => 0);
}

/** DOM changes per frame, counted in the isolated world, and whether any frame has a short timer pending. */
async function signature(page: Page, worlds: Worlds): Promise<string> {
  const mutations = await Promise.all((await worlds.all()).map((world) => call<number>(world, readMutations).catch(() => -1)));
  const timers = await Promise.all(page.frames().map(pendingTimers));
  return `${mutations.join(',')}${timers.some((count) => count > 0) ? ' busy' : ''}`;
}

/**
 * Waits until no request is in flight, no frame's DOM changed and no short timer is pending for
 * half a second, or until `maxMs` has passed. Returns false when the limit was hit.
 */
export async function waitForQuiet(page: Page, network: NetworkTracker, maxMs: number): Promise<boolean> {
  const worlds = await Worlds.open(page, `(${countMutations.toString()})()`, QUIET_WORLD);
  try {
    const start = Date.now();
    let lastChange = start;
    let last = '';
    while (Date.now() - start < maxMs) {
      const now = await signature(page, worlds);
      if (now !== last || now.endsWith('busy') || network.busy()) {
        last = now;
        lastChange = Date.now();
      } else if (Date.now() - lastChange >= QUIET_MS) {
        return true;
      }
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
    return false;
  } finally {
    await worlds.close();
  }
}
