import { spawnSync } from 'node:child_process';
import { expect, it } from 'vitest';

// The add-on linter Mozilla's store runs; `npm test` builds extension/ before the tests.
it('the built extension passes web-ext lint with no errors', () => {
  const run = spawnSync('node_modules/.bin/web-ext', ['lint', '--source-dir', 'extension', '--no-config-discovery', '--output', 'json'], { encoding: 'utf8', timeout: 60_000 });
  const result = JSON.parse(run.stdout) as { errors: { message: string }[]; count: number };
  expect(result.errors.map((error) => error.message)).toEqual([]);
}, 90_000);
