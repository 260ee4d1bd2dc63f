import { closeSync, createReadStream, fstatSync, ftruncateSync, openSync, readSync, writeSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { ResultLine } from './result-line.js';

const CHUNK = 64 * 1024;

/** Cuts a line that a killed run left half-written, so the file ends with a complete line. */
function dropPartialTail(fd: number): void {
  const size = fstatSync(fd).size;
  const buffer = Buffer.alloc(CHUNK);
  for (let end = size; end > 0; end -= CHUNK) {
    const start = Math.max(0, end - CHUNK);
    readSync(fd, buffer, 0, end - start, start);
    const newline = buffer.subarray(0, end - start).lastIndexOf(0x0a);
    if (newline >= 0) return ftruncateSync(fd, start + newline + 1);
  }
  ftruncateSync(fd, 0);
}

/** Every complete, readable line of a results file, one at a time (the file may be large). */
export async function* readResultLines(file: string): AsyncGenerator<ResultLine> {
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  for await (const line of lines) {
    try {
      const parsed = JSON.parse(line) as ResultLine;
      if (typeof parsed.key === 'string') yield parsed;
    } catch {
      // not a result line: skipped, and its job runs again
    }
  }
}

/** results.jsonl: appended one whole line per job with a single write; reopening resumes where a run stopped. */
export class ResultsLog {
  private constructor(
    private readonly fd: number,
    private readonly done: Set<string>,
  ) {}

  static async open(file: string): Promise<ResultsLog> {
    const fd = openSync(file, 'a+');
    dropPartialTail(fd);
    const done = new Set<string>();
    for await (const line of readResultLines(file)) done.add(line.key);
    return new ResultsLog(fd, done);
  }

  has(key: string): boolean {
    return this.done.has(key);
  }

  get size(): number {
    return this.done.size;
  }

  append(line: ResultLine): void {
    if (this.done.has(line.key)) return;
    const bytes = Buffer.from(`${JSON.stringify(line)}\n`);
    for (let written = 0; written < bytes.length; ) written += writeSync(this.fd, bytes, written);
    this.done.add(line.key);
  }

  close(): void {
    closeSync(this.fd);
  }
}
