import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';

export interface Launched {
  context: BrowserContext;
  worker: Worker;
  id: string;
  /** Every URL any page or the worker asked the network for. */
  requests: string[];
  close(): Promise<void>;
}

/**
 * The welcome tab that the install opens, once loaded. Waited for because it opens whenever the
 * worker gets to it: a tab a test opens before it would lose the focus that tests find it by.
 */
async function welcomeOpened(context: BrowserContext): Promise<void> {
  for (const deadline = Date.now() + 10_000; Date.now() < deadline; await new Promise((resolve) => setTimeout(resolve, 50))) {
    const welcome = context.pages().find((page) => page.url().endsWith('/welcome.html'));
    if (welcome) return welcome.waitForLoadState();
  }
  throw new Error('the install did not open the welcome page within 10 s');
}

/**
 * The built extension (run from the repository root) in a fresh profile. The copy's manifest
 * adds host access to 127.0.0.1: it stands in for the click on the toolbar icon (activeTab),
 * which Playwright cannot make. `hosts` instead grants other origins at install, as if the
 * person had allowed them, e.g. the all-sites access of automatic scanning.
 */
export async function launchExtension(executablePath: string, lang: 'nl' | 'en', hosts = ['http://127.0.0.1/*']): Promise<Launched> {
  const dir = mkdtempSync(join(tmpdir(), 'vinkje-e2e-'));
  const extension = join(dir, 'extension');
  cpSync(resolve('extension'), extension, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(extension, 'manifest.json'), 'utf8'));
  writeFileSync(join(extension, 'manifest.json'), JSON.stringify({ ...manifest, host_permissions: hosts }));
  try {
    const context = await chromium.launchPersistentContext(join(dir, 'profile'), {
      executablePath,
      headless: true,
      env: { ...process.env, LANGUAGE: lang },
      args: [
        `--lang=${lang}`,
        '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync',
        `--disable-extensions-except=${extension}`, `--load-extension=${extension}`,
      ],
    });
    const requests: string[] = [];
    context.on('request', (request) => void requests.push(request.url()));
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await welcomeOpened(context);
    const close = async () => {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    };
    return { context, worker, id: new URL(worker.url()).host, requests, close };
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}
