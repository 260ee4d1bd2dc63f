import { readFile } from 'node:fs/promises';
import { InputError } from '../input-error.js';

// Bundled into dist/cli.js the engine sits beside it; run from source (tests) it is in dist/.
const CANDIDATES = [new URL('./vinkje-engine.js', import.meta.url), new URL('../../../dist/vinkje-engine.js', import.meta.url)];

let cached: Promise<string> | undefined;

async function firstReadable(): Promise<string> {
  for (const candidate of CANDIDATES) {
    const text = await readFile(candidate, 'utf8').catch(() => undefined);
    if (text !== undefined) return text;
  }
  throw new InputError('dist/vinkje-engine.js: engine bundle not found (run npm run build)');
}

/** The text of dist/vinkje-engine.js, the IIFE that sets `globalThis.vinkje` in a page. */
export function engineSource(): Promise<string> {
  cached ??= firstReadable();
  return cached;
}
