import type { Frame, Page } from 'playwright-core';
import type { NetworkTracker } from './network-tracker.js';

const POLL_MS = 100;
const QUIET_MS = 500;

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
