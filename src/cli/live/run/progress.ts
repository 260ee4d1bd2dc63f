import type { ResultLine } from '../output/results.js';

const WIDTH = 20;
const REDRAW_MS = 100;

/**
 * Batch progress on stderr: on a terminal one redrawn bar (done / failed / rate / ETA) with failures
 * printed above it; otherwise one plain line per page, for logs and CI.
 */
export class Progress {
  private done = 0;
  private failed = 0;
  private readonly started = Date.now();
  private lastDraw = 0;

  constructor(
    private readonly stream: NodeJS.WritableStream & { isTTY?: boolean; columns?: number },
    private readonly total: number,
    private readonly resumed: number,
  ) {
    if (resumed > 0) this.line(`resuming: ${resumed} already in results.jsonl, ${total} to go`);
  }

  private line(text: string): void {
    this.stream.write(this.stream.isTTY ? `\r\x1b[2K${text}\n` : `${text}\n`);
  }

  private bar(): string {
    const finished = this.done + this.failed;
    const filled = this.total === 0 ? WIDTH : Math.round((finished / this.total) * WIDTH);
    const perMinute = finished / Math.max((Date.now() - this.started) / 60_000, 1e-9);
    const eta = finished === 0 ? '…' : formatDuration(((this.total - finished) / perMinute) * 60_000);
    return `[${'█'.repeat(filled)}${'░'.repeat(WIDTH - filled)}] ${finished}/${this.total} · ${this.failed} failed · ${perMinute.toFixed(1)}/min · ETA ${eta}`;
  }

  private draw(force = false): void {
    if (!this.stream.isTTY || (!force && Date.now() - this.lastDraw < REDRAW_MS)) return;
    this.lastDraw = Date.now();
    this.stream.write(`\r\x1b[2K${this.bar().slice(0, (this.stream.columns ?? 120) - 1)}`);
  }

  result(line: ResultLine): void {
    if (line.ok) this.done += 1;
    else this.failed += 1;
    const position = `[${this.done + this.failed}/${this.total}]`;
    const took = formatDuration(line.durationMs);
    if (!line.ok) this.line(`${position} FAILED ${line.error!.reason} ${line.key}: ${line.error!.message}`);
    else if (!this.stream.isTTY) this.line(`${position} ${line.verdict} ${line.key} (${line.counts!.marketing} marketing controls, ${took})`);
    this.draw(!line.ok);
  }

  retry(key: string, reason: string, attempt: number, waitMs: number): void {
    this.line(`retry ${attempt} in ${formatDuration(waitMs)}: ${key} (${reason})`);
    this.draw(true);
  }

  finish(interrupted: boolean): void {
    const elapsed = formatDuration(Date.now() - this.started);
    this.line(`${interrupted ? 'stopped' : 'done'}: ${this.done} audited, ${this.failed} failed, in ${elapsed}${this.resumed ? ` (+${this.resumed} from before)` : ''}`);
  }
}

/** 0.8 s, 42 s, 3m 05s, 2h 10m: for progress lines and summaries. */
function formatDuration(ms: number): string {
  const s = Math.round(ms / 1000);
  if (ms < 10_000) return `${(ms / 1000).toFixed(1)} s`;
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.floor(s / 60)}m ${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h ${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}
