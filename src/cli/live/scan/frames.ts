import { worstVerdict } from '../../../core/index.js';
import type { FormReport, ProfileChoice, Report } from '../../../core/types.js';
import { call, frameElements, type World, type Worlds } from './world.js';

/** A frame's own report and the selector of its iframe element from the top document ('' for the top). */
export interface FrameReport {
  prefix: string;
  report: Report;
}

export const prefixSelector = (prefix: string, selector: string): string => (prefix ? `${prefix} >>> ${selector}` : selector);

function prefixForm(form: FormReport, prefix: string): FormReport {
  if (!prefix) return form;
  return {
    ...form,
    selector: prefixSelector(prefix, form.selector),
    controls: form.controls.map((control) => ({
      ...control,
      selector: prefixSelector(prefix, control.selector),
      off: control.off && { ...control.off, selector: prefixSelector(prefix, control.off.selector) },
    })),
    findings: form.findings.map((finding) => (finding.control ? { ...finding, control: prefixSelector(prefix, finding.control) } : finding)),
  };
}

/** One contract report for a page: the top document's, plus every frame's forms under `iframe >>> …` selectors. */
export function mergeFrameReports([top, ...frames]: [FrameReport, ...FrameReport[]]): Report {
  const forms = [top, ...frames].flatMap((part) => part.report.forms.map((form) => prefixForm(form, part.prefix)));
  const truncated = [top, ...frames].flatMap((part) => part.report.truncated ?? []);
  return { ...top.report, verdict: worstVerdict(forms.map((form) => form.verdict)), forms, truncated: [...new Set(truncated)] };
}

/** Where a frame's viewport starts in the top page's viewport, in CSS pixels. */
export interface Offset {
  x: number;
  y: number;
}

/** What one frame yielded: its report, its engine world and offset (for evidence) and the serialised DOM that was scanned. */
export interface ScannedFrame extends FrameReport {
  world: World;
  offset: Offset;
  url: string;
  html: string;
}

interface ScanArgs {
  worlds: Worlds;
  profile: ProfileChoice;
  lang: string | undefined;
  /** The URL the top document is reported under. */
  source: string;
  /** Frames that could not be scanned (detached mid-scan, crashed): named in the report's `truncated`. */
  skipped: string[];
}

type Engine = {
  auditDocument(d: Document, o: object): Report;
  resolveSelector(d: Document, s: string): Element | null;
  selectorOf(e: Element): string;
};

// The functions below run inside the engine's world (sent as source text, so self-contained).
function auditHere(options: { profile: string; lang?: string; source?: string }): { report: Report; html: string; url: string } {
  const engine = (globalThis as unknown as { vinkje: Engine }).vinkje;
  const report = engine.auditDocument(document, { ...options, source: options.source ?? location.href, url: location.href });
  return { report, html: document.documentElement ? document.documentElement.outerHTML : '', url: location.href };
}

function frameFacts(this: Element, crossing: string[]): { selector: string; covered: boolean; offset: Offset } {
  const engine = (globalThis as unknown as { vinkje: Engine }).vinkje;
  const covered = crossing.some((selector) => {
    const parts = selector.split(' >>> ');
    return parts.some((_, i) => i > 0 && engine.resolveSelector(document, parts.slice(0, i).join(' >>> ')) === this);
  });
  const rect = this.getBoundingClientRect();
  const style = getComputedStyle(this);
  const x = rect.left + this.clientLeft + parseFloat(style.paddingLeft);
  const y = rect.top + this.clientTop + parseFloat(style.paddingTop);
  return { selector: engine.selectorOf(this), covered, offset: { x, y } };
}

async function auditFrame(world: World, args: ScanArgs, top: boolean): Promise<{ report: Report; html: string; url: string }> {
  return call(world, auditHere, [{ profile: args.profile, lang: args.lang, source: top ? args.source : undefined }]);
}

async function scanChild(parent: ScannedFrame, element: string, args: ScanArgs): Promise<ScannedFrame[]> {
  // A same-origin iframe the engine already crossed from its parent is not counted twice.
  const crossing = parent.report.forms.flatMap((form) => form.controls.map((control) => control.selector)).filter((s) => s.includes(' >>> '));
  const facts = await call<ReturnType<typeof frameFacts>>(parent.world, frameFacts, [crossing], element);
  const prefix = prefixSelector(parent.prefix, facts.selector);
  try {
    const world = facts.covered ? null : await args.worlds.child(parent.world, element);
    if (!world) return [];
    return await scanTree(world, prefix, { x: parent.offset.x + facts.offset.x, y: parent.offset.y + facts.offset.y }, args);
  } catch (error) {
    args.skipped.push(`frame not scanned: ${prefix} (${(error as Error).message.split('\n')[0]})`);
    return [];
  }
}

async function scanTree(world: World, prefix: string, offset: Offset, args: ScanArgs): Promise<ScannedFrame[]> {
  const own: ScannedFrame = { world, prefix, offset, ...(await auditFrame(world, args, prefix === '')) };
  const children: ScannedFrame[] = [];
  for (const element of await frameElements(world)) {
    const scanned = await scanChild(own, element, args).catch((error: Error) => {
      args.skipped.push(`frame not scanned: ${own.prefix || 'top'} (${error.message.split('\n')[0]})`);
      return [];
    });
    children.push(...scanned);
  }
  return [own, ...children];
}

/** Audits the top document and every frame (cross-origin included), each in the engine's isolated world. */
export async function scanFrames(args: ScanArgs): Promise<ScannedFrame[]> {
  return scanTree(await args.worlds.top(), '', { x: 0, y: 0 }, args);
}
