// Where browsers live when installed the usual way, per platform, and where Playwright and
// Puppeteer keep the ones they downloaded. A `*` path segment matches any entry (newest first).
import { posix, win32 } from 'node:path';

export type BrowserFamily = 'chromium' | 'firefox';

export interface BrowserCandidate {
  /** Chrome, Chromium, Edge, Brave, Firefox, or the cache it was found in. */
  name: string;
  family: BrowserFamily;
  paths: string[];
}

export interface PlatformDirs {
  platform: NodeJS.Platform;
  env: Record<string, string | undefined>;
  home: string;
}

const app = (bundle: string, binary = bundle) => `${bundle}.app/Contents/MacOS/${binary}`;

function linux(): BrowserCandidate[] {
  return [
    { name: 'Chrome', family: 'chromium', paths: ['/usr/bin/google-chrome-stable', '/usr/bin/google-chrome', '/opt/google/chrome/chrome'] },
    { name: 'Chromium', family: 'chromium', paths: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium'] },
    { name: 'Edge', family: 'chromium', paths: ['/usr/bin/microsoft-edge-stable', '/usr/bin/microsoft-edge', '/opt/microsoft/msedge/msedge'] },
    { name: 'Brave', family: 'chromium', paths: ['/usr/bin/brave-browser', '/usr/bin/brave', '/opt/brave.com/brave/brave', '/snap/bin/brave'] },
    { name: 'Firefox', family: 'firefox', paths: ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/snap/bin/firefox'] },
  ];
}

function macos(home: string): BrowserCandidate[] {
  const inApplications = (bundle: string) => ['/Applications', `${home}/Applications`].map((dir) => `${dir}/${bundle}`);
  return [
    { name: 'Chrome', family: 'chromium', paths: inApplications(app('Google Chrome')) },
    { name: 'Chromium', family: 'chromium', paths: inApplications(app('Chromium')) },
    { name: 'Edge', family: 'chromium', paths: inApplications(app('Microsoft Edge')) },
    { name: 'Brave', family: 'chromium', paths: inApplications(app('Brave Browser')) },
    { name: 'Firefox', family: 'firefox', paths: inApplications(app('Firefox', 'firefox')) },
  ];
}

function windows(env: PlatformDirs['env']): BrowserCandidate[] {
  const roots = [env['PROGRAMFILES'], env['PROGRAMFILES(X86)'], env['LOCALAPPDATA']].filter((dir): dir is string => Boolean(dir));
  const under = (path: string) => roots.map((root) => win32.join(root, path));
  return [
    { name: 'Chrome', family: 'chromium', paths: under('Google\\Chrome\\Application\\chrome.exe') },
    { name: 'Chromium', family: 'chromium', paths: under('Chromium\\Application\\chrome.exe') },
    { name: 'Edge', family: 'chromium', paths: under('Microsoft\\Edge\\Application\\msedge.exe') },
    { name: 'Brave', family: 'chromium', paths: under('BraveSoftware\\Brave-Browser\\Application\\brave.exe') },
    { name: 'Firefox', family: 'firefox', paths: under('Mozilla Firefox\\firefox.exe') },
  ];
}

/** Browsers that `npx playwright install` or Puppeteer's install script downloaded. */
function downloadCaches({ platform, env, home }: PlatformDirs): BrowserCandidate[] {
  const join = platform === 'win32' ? win32.join : posix.join;
  const playwrightHome = { darwin: join(home, 'Library/Caches/ms-playwright'), win32: join(env['LOCALAPPDATA'] ?? home, 'ms-playwright') }[platform as string];
  const playwright = env['PLAYWRIGHT_BROWSERS_PATH'] || playwrightHome || join(home, '.cache/ms-playwright');
  const puppeteer = env['PUPPETEER_CACHE_DIR'] || join(home, '.cache/puppeteer');
  const testing = app('Google Chrome for Testing');
  const inCache = (root: string, paths: string[]) => paths.map((path) => join(root, path));
  const perPlatform = {
    linux: { playwright: ['chromium-*/chrome-linux64/chrome', 'chromium-*/chrome-linux/chrome'], chrome: ['chrome/linux-*/chrome-linux64/chrome'], firefox: ['firefox/linux-*/firefox/firefox'] },
    darwin: { playwright: [`chromium-*/chrome-mac*/${testing}`, `chromium-*/chrome-mac*/${app('Chromium')}`], chrome: [`chrome/mac*-*/chrome-mac*/${testing}`], firefox: [`firefox/mac*-*/Firefox*.app/Contents/MacOS/firefox`] },
    win32: { playwright: ['chromium-*/chrome-win64/chrome.exe', 'chromium-*/chrome-win/chrome.exe'], chrome: ['chrome/win64-*/chrome-win64/chrome.exe'], firefox: ['firefox/win64-*/firefox/firefox.exe'] },
  }[platform as 'linux' | 'darwin' | 'win32'];
  if (!perPlatform) return [];
  return [
    { name: "Playwright's Chromium", family: 'chromium', paths: inCache(playwright, perPlatform.playwright) },
    { name: "Puppeteer's Chrome", family: 'chromium', paths: inCache(puppeteer, perPlatform.chrome) },
    { name: "Puppeteer's Firefox", family: 'firefox', paths: inCache(puppeteer, perPlatform.firefox) },
  ];
}

/** Installed browsers first (Chrome, Chromium, Edge, Brave, Firefox), then downloaded ones. */
export function browserCandidates(dirs: PlatformDirs): BrowserCandidate[] {
  const installed = dirs.platform === 'darwin' ? macos(dirs.home) : dirs.platform === 'win32' ? windows(dirs.env) : linux();
  return [...installed, ...downloadCaches(dirs)];
}

/** How to install a browser of the family on this platform, for the "none found" line. */
export function installHint(platform: NodeJS.Platform, family: BrowserFamily): string {
  const hints = {
    chromium: { darwin: 'brew install --cask chromium', win32: 'winget install Google.Chrome', other: 'apt-get install chromium' },
    firefox: { darwin: 'brew install --cask firefox', win32: 'winget install Mozilla.Firefox', other: 'apt-get install firefox-esr' },
  }[family];
  return platform === 'darwin' || platform === 'win32' ? hints[platform] : hints.other;
}
