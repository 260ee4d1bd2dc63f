import { execFileSync } from 'node:child_process';

/**
 * Global setup of the tiers that run what the build makes (dist/cli.js, dist/vinkje-engine.js,
 * extension/): builds once, in the main process, before any test worker starts. Each tier that
 * needs it lists this file; the first one builds, the others find the mark.
 */
export default function buildOnce(): void {
  if (process.env['VINKJE_TEST_BUILT']) return;
  execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
  process.env['VINKJE_TEST_BUILT'] = '1';
}
