import type { Report } from '../../core/types';
import { h } from '../h';
import type { Translate } from '../messages';
import { renderReport } from './render-report';

/** Nothing may run or load; inline styles only. */
export const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'";

/**
 * A self-contained HTML report: the popup's own rendering and styles in one file, with a
 * CSP that lets the file run nothing. Several reports (a CLI batch) share one file. Built as a DOM and serialised, so page text stays text.
 */
export function reportToHtml(host: Document, reports: Report | Report[], t: Translate, lang: string, css: string): string {
  const all = Array.isArray(reports) ? reports : [reports];
  const title = t('reportTitle', [all.map((report) => report.source).join(', ')]);
  const doc = host.implementation.createHTMLDocument(title);
  doc.documentElement.lang = lang;
  doc.head.prepend(
    h(doc, 'meta', { charset: 'utf-8' }),
    h(doc, 'meta', { 'http-equiv': 'Content-Security-Policy', content: REPORT_CSP }),
  );
  doc.head.append(h(doc, 'style', {}, css));
  doc.body.className = 'export';
  doc.body.append(h(doc, 'h1', {}, title), ...all.map((report) => renderReport(doc, report, t, lang, false)));
  return `<!doctype html>\n${doc.documentElement.outerHTML}\n`;
}
