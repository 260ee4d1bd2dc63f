import { createHash } from 'node:crypto';
import type { Page } from 'playwright-core';
import type { Report, Verdict } from '../../../core/types.js';
import type { LiveSettings } from '../input/options.js';
import { mergeFrameReports, scanFrames, type ScannedFrame } from './frames.js';

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

/** Audits the page as it is now: every frame, merged into one report with reproducibility metadata. */
export async function scanPage(page: Page, scan: ScanContext): Promise<{ report: LiveReport; frames: ScannedFrame[] }> {
  const skipped: string[] = [];
  const source = scan.flowStep === null ? scan.requestedUrl : page.url();
  const { profile, lang } = scan.settings;
  const frames = await scanFrames(page.mainFrame(), { profile, lang, source, engine: scan.engine, skipped });
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
    dom: domHashes(frames),
    screenshot: null,
    marks: [],
  };
  return { report: { ...merged, truncated: [...merged.truncated, ...skipped], run }, frames };
}
