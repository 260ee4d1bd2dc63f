import { createHash } from 'node:crypto';
import type { Page } from 'playwright-core';
import type { Report, Verdict } from '../../../core/types.js';
import type { LiveSettings } from '../input/options.js';
import { mergeFrameReports, scanFrames, type ScannedFrame } from './frames.js';
import { call, Worlds } from './world.js';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A marketing control as numbered on the annotated screenshot. */
export interface Mark {
  n: number;
  selector: string;
  label: string;
  verdict: Verdict;
  /** Page coordinates of the outline; null when nothing of the control can be seen. */
  box: Box | null;
  closeup: string | null;
}

/** What is needed to reproduce or check a scan, added to the contract report as `run`. */
export interface RunMetadata {
  requestedUrl: string;
  finalUrl: string;
  httpStatus: number | null;
  browser: string;
  userAgent: string;
  viewport: { width: number; height: number };
  locale: string;
  profile: string;
  /** False when the page never became quiet and was scanned when the wait limit ran out. */
  quiet: boolean;
  flowStep: number | null;
  /** The engine ran in an isolated world of each frame: the page's scripts could neither see nor change it. */
  isolated: true;
  /** What the page could have seen of the automation (navigator.webdriver, a headless user agent…). */
  automation: string[];
  dom: { sha256: string; frames: { selector: string; url: string; sha256: string }[] };
  screenshot: string | null;
  marks: Mark[];
}

export type LiveReport = Report & { run: RunMetadata };

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/** What a scan does not learn from the page itself. */
export interface ScanContext {
  settings: LiveSettings;
  engine: string;
  browser: string;
  userAgent: string;
  requestedUrl: string;
  httpStatus: number | null;
  quiet: boolean;
  flowStep: number | null;
}

function domHashes(frames: ScannedFrame[]): RunMetadata['dom'] {
  const perFrame = frames.map((f) => ({ selector: f.prefix, url: f.url, sha256: sha256(f.html) }));
  return { sha256: sha256(perFrame.map((f) => f.sha256).join('\n')), frames: perFrame };
}

// Runs in the top frame's engine world: the signs of automation a page's script could test for.
function automationHints(): string[] {
  const brands = (navigator as Navigator & { userAgentData?: { brands: { brand: string }[] } }).userAgentData?.brands ?? [];
  return [
    navigator.webdriver ? 'navigator.webdriver is true' : '',
    /Headless/i.test(navigator.userAgent) ? 'HeadlessChrome in the user agent' : '',
    brands.some((b) => /Headless/i.test(b.brand)) ? 'HeadlessChrome in navigator.userAgentData' : '',
    navigator.plugins.length === 0 ? 'navigator.plugins is empty' : '',
  ].filter(Boolean);
}

/** A page's scan: its report, and the frames it came from (for evidence) until `close`. */
export interface PageScan {
  report: LiveReport;
  frames: ScannedFrame[];
  close(): Promise<void>;
}

/** Audits the page as it is now: every frame in the engine's isolated world, merged into one report with reproducibility metadata. */
export async function scanPage(page: Page, scan: ScanContext): Promise<PageScan> {
  const worlds = await Worlds.open(page, scan.engine);
  try {
    return { ...(await scanWith(worlds, page, scan)), close: () => worlds.close() };
  } catch (error) {
    await worlds.close();
    throw error;
  }
}

async function scanWith(worlds: Worlds, page: Page, scan: ScanContext): Promise<Omit<PageScan, 'close'>> {
  const skipped: string[] = [];
  const source = scan.flowStep === null ? scan.requestedUrl : page.url();
  const { profile, lang } = scan.settings;
  const frames = await scanFrames({ worlds, profile, lang, source, skipped });
  const merged = mergeFrameReports([frames[0]!, ...frames.slice(1)]);
  const run: RunMetadata = {
    requestedUrl: scan.requestedUrl,
    finalUrl: page.url(),
    httpStatus: scan.httpStatus,
    browser: scan.browser,
    userAgent: scan.userAgent,
    viewport: scan.settings.viewport,
    locale: scan.settings.locale,
    profile: scan.settings.profile,
    quiet: scan.quiet,
    flowStep: scan.flowStep,
    isolated: true,
    automation: await call<string[]>(frames[0]!.world, automationHints),
    dom: domHashes(frames),
    screenshot: null,
    marks: [],
  };
  return { report: { ...merged, truncated: [...merged.truncated, ...skipped], run }, frames };
}
