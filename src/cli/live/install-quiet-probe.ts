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
