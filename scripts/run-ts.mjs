// node scripts/run-ts.mjs <file.ts> [args…]: bundles one TypeScript script to a private temp
// file and runs it, so several people (or helpers) can run `npm run eval` at once without
// racing on dist/.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const [entry, ...args] = process.argv.slice(2);
// Inside node_modules/.cache, so the bundle's external packages (jsdom for --pages) resolve from the repository.
const cache = join('node_modules', '.cache');
mkdirSync(cache, { recursive: true });
const dir = mkdtempSync(join(cache, 'vinkje-run-'));
try {
  const outfile = join(dir, 'script.mjs');
  await build({ entryPoints: [entry], outfile, bundle: true, platform: 'node', format: 'esm', packages: 'external', logLevel: 'warning' });
  process.exitCode = spawnSync(process.execPath, [outfile, ...args], { stdio: 'inherit' }).status ?? 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
