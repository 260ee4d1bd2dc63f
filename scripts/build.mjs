// One esbuild pass for every entry; type checking is separate (`npm run typecheck`).
import { build } from 'esbuild';
import { existsSync } from 'node:fs';

const nodeEntries = {
  cli: 'src/cli/main.ts',
  eval: 'scripts/eval.ts',
  bench: 'scripts/bench.ts',
  docs: 'scripts/docs.ts',
  // browser discovery for scripts/start.mjs, the same code the live auditor uses
  'find-browser': 'src/cli/browser/index.ts',
};

const present = (entries) => Object.fromEntries(Object.entries(entries).filter(([, file]) => existsSync(file)));

await build({
  entryPoints: present(nodeEntries),
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
});

// The engine as one script a browser page can run: the extension's content script and the
// live auditor inject the same code.
await build({
  entryPoints: { 'vinkje-engine': 'src/page/engine-global.ts' },
  outdir: 'dist',
  bundle: true,
  format: 'iife',
  target: 'chrome110',
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
});

if (existsSync('scripts/build-extension.mjs')) {
  const { buildExtension } = await import('./build-extension.mjs');
  await buildExtension();
}
