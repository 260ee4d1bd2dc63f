import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const LOCK = `${ROOT}dist/.live-test-build.lock`;

/** The live auditor injects dist/vinkje-engine.js and the CLI is dist/cli.js: build once when missing. */
export function ensureBuilt(): void {
  if (existsSync(`${ROOT}dist/cli.js`) && existsSync(`${ROOT}dist/vinkje-engine.js`)) return;
  mkdirSync(`${ROOT}dist`, { recursive: true });
  try {
    mkdirSync(LOCK);
  } catch {
    execFileSync('node', ['-e', 'setTimeout(()=>{}, 5000)']);
    return;
  }
  try {
    execFileSync('node', ['scripts/build.mjs'], { cwd: ROOT, stdio: 'inherit' });
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}
