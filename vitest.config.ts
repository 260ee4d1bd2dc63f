import { defineConfig } from 'vitest/config';

// Three tiers, run one after the other: `npm run test:unit`, `test:cli`, `test:browser`.
const timeouts = { testTimeout: 30_000, hookTimeout: 60_000 };

export default defineConfig({
  test: {
    environment: 'node',
    projects: [
      {
        test: {
          name: 'unit',
          // Pure tests: one module cache per worker halves the tier's CPU time (jsdom and the engine load once).
          isolate: false,
          include: ['test/core/**/*.test.ts', 'test/extension/**/*.test.ts', 'test/*.test.ts'],
          sequence: { groupOrder: 0 },
          ...timeouts,
        },
      },
      {
        test: {
          name: 'cli',
          // Builds dist/ and extension/ once, before any worker starts.
          globalSetup: ['test/setup/build-once.ts'],
          include: ['test/cli/**/*.test.ts', 'test/live/batch-parts.test.ts', 'test/properties/**/*.test.ts'],
          sequence: { groupOrder: 1 },
          ...timeouts,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['test/e2e/**/*.test.ts', 'test/live/**/*.test.ts'],
          exclude: ['test/live/batch-parts.test.ts'],
          // Finds Chromium and Firefox once; prints one line per group it skips (fails instead under CI=true).
          globalSetup: ['test/setup/build-once.ts', 'test/setup/find-browsers.ts'],
          // One browser at a time: on two cores, parallel browsers starve the live auditor's 4 s page timeouts.
          fileParallelism: false,
          sequence: { groupOrder: 2 },
          ...timeouts,
        },
      },
    ],
  },
});
