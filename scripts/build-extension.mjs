// Bundles the extension's five entry points into extension/ and writes its manifest.
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

export async function buildExtension() {
  await build({
    entryPoints: {
      content: 'src/content/main.ts',
      background: 'src/background/main.ts',
      popup: 'src/popup/main.ts',
      options: 'src/options/main.ts',
      welcome: 'src/welcome/main.ts',
    },
    absWorkingDir: root,
    outdir: 'extension',
    bundle: true,
    format: 'iife',
    target: ['chrome120', 'firefox128'],
    minify: true,
    legalComments: 'none',
    logLevel: 'warning',
  });
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
