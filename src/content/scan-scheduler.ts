export interface ScanScheduler {
  /** Something relevant changed: scan once things settle. */
  request(): void;
  dispose(): void;
}

export interface SchedulerOptions {
  /** Wait this long after the last change before scanning. */
  quietMs: number;
  /** ...but never longer than this after the first unscanned change (pages that never settle). */
  maxWaitMs: number;
  /** Largest share of main-thread time that scans may take: a slow scan pushes the next one out. */
  budget: number;
  now?: () => number;
}

/** Debounced, bounded scanning: bursts of mutations cost one scan, and scans never hog the page. */
export function createScanScheduler(run: () => void, options: SchedulerOptions): ScanScheduler {
  const now = options.now ?? (() => performance.now());
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pendingSince: number | undefined;
  let nextAllowed = 0;
  const fire = () => {
    timer = undefined;
    pendingSince = undefined;
    const start = now();
    run();
    const took = now() - start;
    nextAllowed = now() + took * (1 / options.budget - 1);
  };
  return {
    request() {
      const at = now();
      pendingSince ??= at;
      const settled = Math.min(at + options.quietMs, pendingSince + options.maxWaitMs);
      clearTimeout(timer);
      timer = setTimeout(fire, Math.max(settled, nextAllowed) - at);
    },
    dispose() {
      clearTimeout(timer);
    },
  };
}
