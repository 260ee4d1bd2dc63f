import type { Frame } from 'playwright-core';
import { worstVerdict } from '../../../core/index.js';
import type { FormReport, ProfileId, Report } from '../../../core/types.js';

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

/** What one frame yielded: its report, its frame (for evidence) and the serialised DOM that was scanned. */
export interface ScannedFrame extends FrameReport {
  frame: Frame;
  url: string;
  html: string;
}

interface ScanArgs {
  profile: ProfileId;
  lang: string | undefined;
  source: string;
  engine: string;
  /** Frames that could not be scanned (detached mid-scan, crashed): named in the report's `truncated`. */
  skipped: string[];
}

async function auditFrame(frame: Frame, args: ScanArgs): Promise<{ report: Report; html: string }> {
  await frame.evaluate(args.engine);
  const options = { profile: args.profile, lang: args.lang, source: source(frame, args) };
  return frame.evaluate((audit) => {
    const engine = (globalThis as unknown as { vinkje: { auditDocument(d: Document, o: object): Report } }).vinkje;
    const report = engine.auditDocument(document, { ...audit, url: location.href });
    return { report, html: document.documentElement ? document.documentElement.outerHTML : '' };
  }, options);
}

const source = (frame: Frame, args: ScanArgs): string => (frame.parentFrame() ? frame.url() : args.source);

/** True when the parent's report already lists controls inside this iframe (the engine crosses same-origin frames itself). */
async function coveredByParent(parent: Frame, child: Frame, report: Report): Promise<boolean> {
  const crossing = report.forms.flatMap((form) => form.controls.map((control) => control.selector)).filter((s) => s.includes(' >>> '));
  const element = await child.frameElement();
  if (crossing.length === 0) return false;
  return parent.evaluate(
    ([el, selectors]) => {
      const engine = (globalThis as unknown as { vinkje: { resolveSelector(d: Document, s: string): Element | null } }).vinkje;
      return selectors.some((selector) => {
        const parts = selector.split(' >>> ');
        return parts.some((_, i) => i > 0 && engine.resolveSelector(document, parts.slice(0, i).join(' >>> ')) === el);
      });
    },
    [element, crossing] as const,
  );
}

async function scanChild(parent: ScannedFrame, child: Frame, args: ScanArgs): Promise<ScannedFrame[]> {
  if (child.isDetached() || (await coveredByParent(parent.frame, child, parent.report))) return [];
  const element = await child.frameElement();
  const prefix = prefixSelector(parent.prefix, await element.evaluate((el) => (globalThis as unknown as { vinkje: { selectorOf(e: Node): string } }).vinkje.selectorOf(el)));
  return scanTree(child, prefix, args);
}

async function scanTree(frame: Frame, prefix: string, args: ScanArgs): Promise<ScannedFrame[]> {
  const own: ScannedFrame = { frame, prefix, url: frame.url(), ...(await auditFrame(frame, args)) };
  const children: ScannedFrame[] = [];
  for (const child of frame.childFrames()) {
    const scanned = await scanChild(own, child, args).catch((error: Error) => {
      args.skipped.push(`frame not scanned: ${child.url()} (${error.message.split('\n')[0]})`);
      return [];
    });
    children.push(...scanned);
  }
  return [own, ...children];
}

/** Injects the engine into the top document and every frame (cross-origin included) and audits each. */
export function scanFrames(top: Frame, args: ScanArgs): Promise<ScannedFrame[]> {
  return scanTree(top, '', args);
}
