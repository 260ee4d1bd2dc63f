import { existsSync, readdirSync, realpathSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { findBrowser, systemHost, type BrowserFamily } from '../../src/cli/browser/index.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The browser each family's tests drive, or null when they skip. */
    browsers: Record<BrowserFamily, string | null>;
    /** Firefox has its Dutch language pack (Debian: firefox-esr-l10n-nl). */
    firefoxDutch: boolean;
  }
}

const ENV_VAR: Record<BrowserFamily, string> = { chromium: 'VINKJE_CHROMIUM', firefox: 'VINKJE_FIREFOX' };
const INSTALL: Record<BrowserFamily, string> = { chromium: 'apt-get install chromium', firefox: 'apt-get install firefox-esr' };

/** Debian installs language packs beside the binary; Mozilla's builds download them on demand. */
function hasDutchLanguagePack(firefox: string): boolean {
  const dir = join(dirname(realpathSync(firefox)), 'browser', 'extensions');
  return existsSync(dir) && readdirSync(dir).some((file) => file.startsWith('langpack-nl@'));
}

/**
 * Global setup of the browser tier: finds a Chromium-family browser and a Firefox the way the CLI
 * does (VINKJE_CHROMIUM / VINKJE_FIREFOX, else the standard places). Each group whose browser is
 * missing skips with one line saying why and how to run it; under CI=true that fails the run instead.
 */
export default function findBrowsers(project: TestProject): void {
  const host = systemHost();
  const browsers = {} as Record<BrowserFamily, string | null>;
  const why = {} as Record<BrowserFamily, string>;
  for (const family of ['chromium', 'firefox'] as const) {
    const search = findBrowser({ family, envVar: ENV_VAR[family] }, host);
    browsers[family] = search.found?.path ?? null;
    why[family] = host.env[ENV_VAR[family]] && !search.found ? search.message : `no ${family} found`;
  }
  const firefoxDutch = browsers.firefox !== null && hasDutchLanguagePack(browsers.firefox);
  const skipped = [
    !browsers.chromium && `live auditor — ${why.chromium} (${INSTALL.chromium}, or set ${ENV_VAR.chromium})`,
    !browsers.chromium && `Chromium e2e — ${why.chromium} (${INSTALL.chromium}, or set ${ENV_VAR.chromium})`,
    !browsers.firefox && `Firefox e2e — ${why.firefox} (${INSTALL.firefox} firefox-esr-l10n-nl, or set ${ENV_VAR.firefox})`,
    browsers.firefox && !firefoxDutch && `Firefox Dutch UI — ${browsers.firefox} has no Dutch language pack (apt-get install firefox-esr-l10n-nl)`,
  ].filter((line): line is string => Boolean(line));
  if (skipped.length > 0 && process.env['CI'] === 'true') {
    throw new Error(`CI=true, so no browser test may be skipped, but these cannot run:\n${skipped.join('\n')}`);
  }
  for (const line of skipped) process.stdout.write(`skipped: ${line}\n`);
  project.provide('browsers', browsers);
  project.provide('firefoxDutch', firefoxDutch);
}
