// npm start: build everything, audit the bundled demo shop, and when a display is there open
// the browser that is installed (Chromium-family or Firefox; `npm start -- --browser firefox`
// chooses) with the extension loaded on that shop. `--serve` only serves the shop.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';

const SHOP = resolve('demo/shop');
const EXTENSION = resolve('extension');
const TYPES = { '.html': 'text/html; charset=utf-8', '.css': 'text/css' };

function serveShop(port = 0) {
  const server = createServer((request, response) => {
    const name = new URL(request.url ?? '/', 'http://x').pathname.slice(1) || 'index.html';
    const file = /^[\w-]+\.(html|css)$/.test(name) ? join(SHOP, name) : null;
    const found = file && existsSync(file);
    response.writeHead(found ? 200 : 404, { 'content-type': TYPES[extname(name)] ?? 'text/plain' });
    response.end(found ? readFileSync(file) : 'not found');
  });
  return new Promise((done) => server.listen(port, '127.0.0.1', () => done(server)));
}

function openChromium(path, url, done) {
  const profile = mkdtempSync(join(tmpdir(), 'vinkje-start-'));
  // Chromium refuses to run as root (a container, a CI box) with its sandbox on.
  const root = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
  const browser = spawn(path, [...root, `--user-data-dir=${profile}`, '--no-first-run', '--disable-background-networking', '--disable-sync',
    `--disable-extensions-except=${EXTENSION}`, `--load-extension=${EXTENSION}`, url], { stdio: ['ignore', 'ignore', 'pipe'] });
  let errors = '';
  browser.stderr.on('data', (chunk) => (errors += chunk));
  browser.on('exit', (code) => {
    rmSync(profile, { recursive: true, force: true });
    if (code) console.error(`vinkje: ${path} stopped with exit code ${code}: ${errors.split('\n').find((line) => /ERROR|error/.test(line)) ?? ''}`);
    done();
  });
}

/** web-ext installs the extension as a temporary add-on, as about:debugging would, in a fresh profile. */
async function openFirefox(path, url, done) {
  const { default: webExt } = await import('web-ext');
  const runner = await webExt.cmd.run(
    { sourceDir: EXTENSION, target: ['firefox-desktop'], firefox: path, startUrl: [url], noReload: true, noInput: true },
    { shouldExitProgram: false },
  );
  runner.registerCleanup(done);
}

async function openBrowser(browser) {
  const server = await serveShop();
  const url = `http://127.0.0.1:${server.address().port}/afrekenen.html`;
  console.log(`Opening ${browser.name} (${browser.path}) with Vinkje loaded on ${url}. Click the Vinkje icon to scan; close the window to stop.`);
  const open = browser.family === 'firefox' ? openFirefox : openChromium;
  await open(browser.path, url, () => server.close());
}

function printManualSteps(why) {
  console.log(`${why} To try the extension by hand:
  Chrome/Chromium/Edge/Brave: chrome://extensions → "Developer mode" on → "Load unpacked" → ${EXTENSION}
  Firefox:                    about:debugging#/runtime/this-firefox → "Load Temporary Add-on…" → ${join(EXTENSION, 'manifest.json')}
  Serve the demo shop with \`npm run shop\` and click the Vinkje icon on http://127.0.0.1:8080/afrekenen.html`);
}

async function auditAndOpen(flag) {
  await import('./build.mjs');
  const pages = readdirSync(SHOP).filter((file) => file.endsWith('.html')).map((file) => join('demo/shop', file));
  console.log(`\nVinkje audits the demo shop (${pages.length} pages):\n`);
  const audit = spawnSync(process.execPath, ['bin/vinkje.mjs', 'audit', ...pages], { stdio: 'inherit' });
  if (audit.status === 1) console.log('Exit code 1: at least one form is non-compliant, as the demo shop intends.\n');
  if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY && process.platform === 'linux') {
    printManualSteps('No display here, so no browser window.');
    return;
  }
  const { findBrowser, systemHost } = await import('../dist/find-browser.js');
  const search = findBrowser({ family: 'any', flag }, systemHost());
  if (search.found) return openBrowser(search.found);
  console.error(`vinkje: ${search.message}`);
  printManualSteps('No browser to open.');
  if (flag !== undefined) process.exitCode = 2;
}

const argv = process.argv.slice(2);
if (argv.includes('--serve')) {
  const server = await serveShop(8080);
  console.log(`Demo shop on http://127.0.0.1:${server.address().port}/afrekenen.html (Ctrl-C stops)`);
} else {
  const at = argv.indexOf('--browser');
  await auditAndOpen(at >= 0 ? argv[at + 1] : undefined);
}
