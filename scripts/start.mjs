// npm start: build everything, audit the bundled demo shop, and when a display is there
// open Chromium with the extension loaded on that shop. `--serve` only serves the shop.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';

const SHOP = resolve('demo/shop');
const CHROMIUM = '/usr/bin/chromium';
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

async function openBrowser() {
  const server = await serveShop();
  const url = `http://127.0.0.1:${server.address().port}/afrekenen.html`;
  const profile = mkdtempSync(join(tmpdir(), 'vinkje-start-'));
  const extension = resolve('extension');
  console.log(`Opening Chromium with Vinkje loaded on ${url}. Click the Vinkje icon to scan; close the window to stop.`);
  const browser = spawn(CHROMIUM, [`--user-data-dir=${profile}`, '--no-first-run', '--disable-background-networking', '--disable-sync',
    `--disable-extensions-except=${extension}`, `--load-extension=${extension}`, url], { stdio: 'ignore' });
  browser.on('exit', () => {
    server.close();
    rmSync(profile, { recursive: true, force: true });
  });
}

function printManualSteps() {
  console.log(`No display here, so no browser window. To try the extension by hand:
  Chrome/Chromium: chrome://extensions → "Developer mode" on → "Load unpacked" → ${resolve('extension')}
  Firefox:         about:debugging#/runtime/this-firefox → "Load Temporary Add-on…" → ${resolve('extension/manifest.json')}
  Serve the demo shop with \`npm run shop\` and click the Vinkje icon on http://127.0.0.1:8080/afrekenen.html`);
}

async function auditAndOpen() {
  await import('./build.mjs');
  const pages = readdirSync(SHOP).filter((file) => file.endsWith('.html')).map((file) => join('demo/shop', file));
  console.log(`\nVinkje audits the demo shop (${pages.length} pages):\n`);
  const audit = spawnSync(process.execPath, ['bin/vinkje.mjs', 'audit', ...pages], { stdio: 'inherit' });
  if (audit.status === 1) console.log('Exit code 1: at least one form is non-compliant, as the demo shop intends.\n');
  const display = process.env.DISPLAY || process.env.WAYLAND_DISPLAY;
  if (display && existsSync(CHROMIUM)) await openBrowser();
  else printManualSteps();
}

if (process.argv.includes('--serve')) {
  const server = await serveShop(8080);
  console.log(`Demo shop on http://127.0.0.1:${server.address().port}/afrekenen.html (Ctrl-C stops)`);
} else {
  await auditAndOpen();
}
