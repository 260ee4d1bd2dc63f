// Bundles the extension into extension/ and writes its manifest: content.js (the sentinel every
// page gets), engine.js and lexicons/<lang>.js (injected when a page has candidates), the
// background worker, popup, options and welcome page.
// `node scripts/build-extension.mjs --package` also makes the Chrome and Firefox store zips.
import { build } from 'esbuild';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const readJson = (file) => JSON.parse(readFileSync(`${root}/${file}`, 'utf8'));

/** One manifest loads in both browsers unpacked; the stores each get only their own keys. */
function manifestFor(target) {
  const manifest = { ...readJson('manifest.json'), version: readJson('package.json').version };
  if (target === 'chrome') {
    delete manifest.browser_specific_settings;
    manifest.background = { service_worker: manifest.background.service_worker };
  }
  if (target === 'firefox') manifest.background = { scripts: manifest.background.scripts };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

/**
 * The lexicon files are plain data, but esbuild cannot prove a template literal pure: said
 * here, a bundle that never reads a language (engine.js reads none) leaves it out.
 */
const lexiconsArePureData = {
  name: 'lexicons-are-pure-data',
  setup(build) {
    build.onResolve({ filter: /^\.\/[a-z]{2}$/ }, ({ path, resolveDir }) =>
      /[\\/]src[\\/]core[\\/]lexicons$/.test(resolveDir) ? { path: `${resolveDir}/${path.slice(2)}.ts`, sideEffects: false } : undefined);
  },
};

const browserScript = { absWorkingDir: root, bundle: true, format: 'iife', target: ['chrome120', 'firefox128'], minify: true, charset: 'utf8', legalComments: 'none', logLevel: 'warning', plugins: [lexiconsArePureData] };

/** Every language the lexicons know, with its function words: the worker's table for choosing chunks. */
async function stopwordTable() {
  const { outputFiles } = await build({
    stdin: {
      contents: "export { ALL_LEXICONS } from './src/core/lexicons/index'; export { stopwordTable } from './src/background/languages-to-load';",
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true, write: false, format: 'esm', platform: 'neutral', logLevel: 'warning',
  });
  const { ALL_LEXICONS, stopwordTable } = await import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`);
  return stopwordTable(ALL_LEXICONS);
}

/** One file a language: it adds its lexicon to the isolated world for engine.js (src/content/isolated-world.ts). */
async function buildLexiconChunks(languages) {
  rmSync(`${root}/extension/lexicons`, { recursive: true, force: true });
  await Promise.all(languages.map((lang) => build({
    ...browserScript,
    stdin: { contents: `import { ${lang} } from './src/core/lexicons/${lang}';\n(globalThis.vinkjeLexicons ??= []).push(${lang});`, resolveDir: root, loader: 'ts' },
    outfile: `extension/lexicons/${lang}.js`,
  })));
}

export async function buildExtension() {
  const stopwords = await stopwordTable();
  await build({
    ...browserScript,
    entryPoints: {
      content: 'src/content/main.ts',
      engine: 'src/content/engine.ts',
      popup: 'src/popup/main.ts',
      options: 'src/options/main.ts',
      welcome: 'src/welcome/main.ts',
    },
    outdir: 'extension',
  });
  await build({ ...browserScript, entryPoints: { background: 'src/background/main.ts' }, outdir: 'extension', define: { VINKJE_STOPWORDS: JSON.stringify(stopwords) } });
  await buildLexiconChunks(Object.keys(stopwords));
  writeFileSync(`${root}/extension/manifest.json`, manifestFor('both'));
}

export async function packageExtension() {
  const { default: webExt } = await import('web-ext');
  for (const target of ['chrome', 'firefox']) {
    const dir = `${root}/dist/package-${target}`;
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    cpSync(`${root}/extension`, dir, { recursive: true });
    writeFileSync(`${dir}/manifest.json`, manifestFor(target));
    const filename = `vinkje-${target}-${readJson('package.json').version}.zip`;
    await webExt.cmd.build({ sourceDir: dir, artifactsDir: `${root}/dist`, filename, overwriteDest: true }, { shouldExitProgram: false });
    console.log(`dist/${filename}`);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await buildExtension();
  if (process.argv.includes('--package')) await packageExtension();
}
