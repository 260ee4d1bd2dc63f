import { describe, expect, it } from 'vitest';
import { findBrowser, type BrowserRequest } from '../../src/cli/browser/index.js';
import type { BrowserHost } from '../../src/cli/browser/find-browser.js';

/** A machine that has exactly these executables (folders follow from their paths). */
function machine(platform: NodeJS.Platform, files: string[], env: Record<string, string> = {}, home = '/home/ann'): BrowserHost {
  const sep = platform === 'win32' ? '\\' : '/';
  return {
    platform,
    env,
    home,
    isExecutable: (path) => files.includes(path),
    list: (dir) => {
      const prefix = dir.endsWith(sep) ? dir : dir + sep;
      return [...new Set(files.filter((file) => file.startsWith(prefix)).map((file) => file.slice(prefix.length).split(sep)[0]!))];
    },
  };
}

const find = (host: BrowserHost, request: Partial<BrowserRequest> = {}) => findBrowser({ family: 'chromium', ...request }, host);
const pathOf = (host: BrowserHost, request: Partial<BrowserRequest> = {}) => {
  const search = find(host, request);
  return search.found ? search.found.path : search.message;
};

describe('finding a browser to drive', () => {
  it('takes Debian\'s Chromium on Linux', () => {
    expect(find(machine('linux', ['/usr/bin/chromium', '/usr/bin/firefox-esr']))).toEqual({ found: { name: 'Chromium', family: 'chromium', path: '/usr/bin/chromium' } });
  });

  it('finds Chrome, Edge or Brave where their installers put them on macOS and Windows', () => {
    expect(pathOf(machine('darwin', ['/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge']))).toBe('/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge');
    expect(pathOf(machine('darwin', ['/Users/ann/Applications/Brave Browser.app/Contents/MacOS/Brave Browser'], {}, '/Users/ann'))).toBe('/Users/ann/Applications/Brave Browser.app/Contents/MacOS/Brave Browser');
    const windows = machine('win32', ['C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe', 'C:\\Users\\ann\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe'],
      { PROGRAMFILES: 'C:\\Program Files', 'PROGRAMFILES(X86)': 'C:\\Program Files (x86)', LOCALAPPDATA: 'C:\\Users\\ann\\AppData\\Local' }, 'C:\\Users\\ann');
    expect(find(windows)).toEqual({ found: { name: 'Chrome', family: 'chromium', path: 'C:\\Users\\ann\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe' } });
  });

  it('falls back to the newest browser Playwright or Puppeteer downloaded', () => {
    const host = machine('linux', [
      '/home/ann/.cache/ms-playwright/chromium-1169/chrome-linux/chrome',
      '/home/ann/.cache/ms-playwright/chromium-1200/chrome-linux64/chrome',
      '/home/ann/.cache/puppeteer/firefox/linux-stable_140.0/firefox/firefox',
    ]);
    expect(pathOf(host)).toBe('/home/ann/.cache/ms-playwright/chromium-1200/chrome-linux64/chrome');
    expect(pathOf(host, { family: 'firefox' })).toBe('/home/ann/.cache/puppeteer/firefox/linux-stable_140.0/firefox/firefox');
    const moved = machine('darwin', ['/cache/pw/chromium-1200/chrome-mac-arm64/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing'], { PLAYWRIGHT_BROWSERS_PATH: '/cache/pw' });
    expect(pathOf(moved)).toMatch(/^\/cache\/pw\/chromium-1200\//);
  });

  it('obeys --browser, then VINKJE_BROWSER, as a path or a browser name', () => {
    const host = machine('linux', ['/usr/bin/chromium', '/usr/bin/google-chrome', '/opt/brave.com/brave/brave', '/srv/chrome-canary'], { VINKJE_BROWSER: 'brave' });
    expect(pathOf(host)).toBe('/opt/brave.com/brave/brave');
    expect(pathOf(host, { flag: 'chromium' })).toBe('/usr/bin/chromium');
    expect(pathOf(host, { flag: '/srv/chrome-canary' })).toBe('/srv/chrome-canary');
    expect(pathOf(host, { flag: '/srv/missing' })).toBe('--browser /srv/missing: no such executable file');
  });

  it('refuses a Firefox where only a Chromium-family browser will do', () => {
    const host = machine('linux', ['/usr/bin/firefox-esr'], { VINKJE_BROWSER: '/usr/bin/firefox-esr' });
    expect(pathOf(host)).toBe('VINKJE_BROWSER=/usr/bin/firefox-esr: this needs Chrome, Chromium, Edge or Brave');
    expect(pathOf(host, { flag: 'firefox' })).toBe('--browser firefox: this needs Chrome, Chromium, Edge or Brave');
    expect(find(host, { family: 'any' }).found).toMatchObject({ family: 'firefox', path: '/usr/bin/firefox-esr' });
  });

  it('names every place it looked and how to install a browser when there is none', () => {
    const messageOn = (host: BrowserHost) => {
      const search = find(host);
      return search.found ? 'found one' : search.message;
    };
    const message = messageOn(machine('linux', []));
    expect(message.split('\n')).toHaveLength(1);
    expect(message).toMatch(/^no Chrome, Chromium, Edge or Brave found; tried Chrome \(\/usr\/bin\/google-chrome-stable, /);
    expect(message).toContain('Chromium (/usr/bin/chromium, /usr/bin/chromium-browser, /snap/bin/chromium)');
    expect(message).toContain("Puppeteer's Chrome (/home/ann/.cache/puppeteer/chrome/linux-*/chrome-linux64/chrome)");
    expect(message).not.toContain('firefox');
    expect(message).toMatch(/Install one \(apt-get install chromium\) or pass --browser PATH$/);
    expect(messageOn(machine('win32', []))).toContain('winget install Google.Chrome');
    const anyKind = findBrowser({ family: 'any' }, machine('darwin', []));
    expect(anyKind.found ? '' : anyKind.message).toMatch(/^no Chrome, Chromium, Edge, Brave or Firefox found; .*Firefox \(\/Applications\/Firefox\.app\/Contents\/MacOS\/firefox, .*Install one \(brew install --cask chromium or brew install --cask firefox\)/);
  });
});
