import { Writable } from 'node:stream';

export interface CapturedIo {
  stdout: Writable;
  stderr: Writable;
  out(): string;
  err(): string;
}

/** stdout and stderr for runLiveAudit that keep what was written (not a TTY: plain progress lines). */
export function captureIo(): CapturedIo {
  const chunks = { out: [] as string[], err: [] as string[] };
  const sink = (into: string[]) => new Writable({ write: (chunk, _enc, done) => (into.push(String(chunk)), done()) });
  return { stdout: sink(chunks.out), stderr: sink(chunks.err), out: () => chunks.out.join(''), err: () => chunks.err.join('') };
}
