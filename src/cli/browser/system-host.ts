import { accessSync, constants, readdirSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import type { BrowserHost } from './find-browser.js';

/** Browser discovery on this machine: its platform, environment and file system. */
export function systemHost(env: Record<string, string | undefined> = process.env): BrowserHost {
  return {
    platform: process.platform,
    env,
    home: homedir(),
    isExecutable(path) {
      try {
        accessSync(path, constants.X_OK);
        return statSync(path).isFile();
      } catch {
        return false;
      }
    },
    list(dir) {
      try {
        return readdirSync(dir);
      } catch {
        return [];
      }
    },
  };
}
