import { createHash } from 'node:crypto';

/** A stable, file-system-safe folder name for a job's evidence: host plus a hash of the job key. */
export function evidenceDirName(key: string, url: string): string {
  let host = 'page';
  try {
    host = new URL(url).hostname || 'file';
  } catch {
    // keep the generic name; the hash still makes it unique
  }
  const safeHost = host.replace(/[^a-z0-9.-]/gi, '_').slice(0, 60);
  return `${safeHost}-${createHash('sha256').update(key).digest('hex').slice(0, 10)}`;
}
