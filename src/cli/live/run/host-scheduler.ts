interface Entry<T> {
  item: T;
  notBefore: number;
}

const hostOf = (url: string): string => {
  try {
    return new URL(url).host || 'file';
  } catch {
    return url;
  }
};

const POLL_MS = 50;

/**
 * The work queue: hands out jobs round-robin across hosts, never starting two page loads on one
 * host closer together than `delayMs` (politeness), and holds retries back until their backoff ends.
 */
export class HostScheduler<T extends { url: string }> {
  private readonly queues = new Map<string, Entry<T>[]>();
  private readonly nextStart = new Map<string, number>();
  private running = 0;

  constructor(private readonly delayMs: number) {}

  push(item: T, notBefore = 0): void {
    const host = hostOf(item.url);
    const queue = this.queues.get(host) ?? [];
    queue.push({ item, notBefore });
    this.queues.set(host, queue);
  }

  /** Marks a job handed out by next() as finished (after any push of its retry). */
  done(): void {
    this.running -= 1;
  }

  private take(now: number): T | undefined {
    for (const [host, queue] of this.queues) {
      if ((this.nextStart.get(host) ?? 0) > now) continue;
      const index = queue.findIndex((entry) => entry.notBefore <= now);
      if (index < 0) continue;
      const [entry] = queue.splice(index, 1);
      this.queues.delete(host);
      if (queue.length > 0) this.queues.set(host, queue);
      this.nextStart.set(host, now + this.delayMs);
      this.running += 1;
      return entry!.item;
    }
    return undefined;
  }

  /** The next job that may start, waiting as politeness and backoff require; undefined when all is done or stopped. */
  async next(stopped: () => boolean): Promise<T | undefined> {
    while (!stopped()) {
      const item = this.take(Date.now());
      if (item) return item;
      if (this.queues.size === 0 && this.running === 0) return undefined;
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
    return undefined;
  }
}
