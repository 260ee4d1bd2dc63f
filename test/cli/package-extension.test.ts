import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const VERSION = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;
const manifestOf = (target: string) => JSON.parse(readFileSync(`dist/package-${target}/manifest.json`, 'utf8')) as Record<string, any>;

/** The add-on linter Mozilla's store runs, as `web-ext lint` reports it. */
async function lint(dir: string): Promise<{ errors: string[]; warnings: string[] }> {
  const { stdout } = await run('node_modules/.bin/web-ext', ['lint', '--source-dir', dir, '--no-config-discovery', '--output', 'json'], { timeout: 90_000 }).catch((failed) => failed);
  const result = JSON.parse(stdout) as { errors: { message: string }[]; warnings: { message: string }[] };
  return { errors: result.errors.map((e) => e.message), warnings: result.warnings.map((w) => w.message) };
}

describe('the store packages (npm run package)', () => {
  // The packaging half of `npm run package`: the tier's global setup did the build, and rebuilding
  // dist/ here would rewrite dist/cli.js under the CLI tests running beside this file.
  beforeAll(async () => {
    await run(process.execPath, ['scripts/build-extension.mjs', '--package'], { timeout: 90_000 });
  }, 120_000);

  it('makes a Chrome zip that carries only the service worker', () => {
    expect(existsSync(`dist/vinkje-chrome-${VERSION}.zip`)).toBe(true);
    expect(manifestOf('chrome').background).toEqual({ service_worker: 'background.js' });
    expect(manifestOf('chrome')).not.toHaveProperty('browser_specific_settings');
  });

  it('makes a Firefox zip that carries only background.scripts and passes web-ext lint without an error or a warning', async () => {
    expect(existsSync(`dist/vinkje-firefox-${VERSION}.zip`)).toBe(true);
    expect(manifestOf('firefox').background).toEqual({ scripts: ['background.js'] });
    expect(manifestOf('firefox').version).toBe(VERSION);
    expect(await lint('dist/package-firefox')).toEqual({ errors: [], warnings: [] });
  }, 90_000);

  it('leaves extension/, the folder loaded by hand, without lint errors', async () => {
    expect((await lint('extension')).errors).toEqual([]);
  }, 90_000);
});
