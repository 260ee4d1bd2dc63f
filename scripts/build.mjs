// One esbuild pass for every entry; type checking is separate (`npm run typecheck`).
import { build } from 'esbuild';
import { existsSync, writeFileSync } from 'node:fs';

const nodeEntries = {
  cli: 'src/cli/main.ts',
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

// The verdict colours exist once, in src/shared-ui/verdict-style.ts; the popup's CSP allows
// only stylesheet files, so their custom properties are written out as one.
const { outputFiles } = await build({ entryPoints: ['src/shared-ui/verdict-style.ts'], bundle: true, write: false, format: 'esm', platform: 'neutral', logLevel: 'warning' });
const { verdictCss } = await import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`);
writeFileSync('extension/css/verdicts.css', verdictCss());

if (existsSync('scripts/build-extension.mjs')) {
  const { buildExtension } = await import('./build-extension.mjs');
  await buildExtension();
}
