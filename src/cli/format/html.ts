import { JSDOM } from 'jsdom';
import type { Report, UiLang } from '../../core/types';
import { reportToHtml } from '../../shared-ui/render/report-to-html';
import { cliTranslate, reportCss } from './locale-messages';

/** One self-contained HTML file: the popup's rendering, built as a DOM so page text stays text. */
export function formatHtml(reports: Report[], lang: UiLang): string {
  const host = new JSDOM('').window.document;
  return reportToHtml(host, reports, cliTranslate(lang), lang, reportCss());
}
