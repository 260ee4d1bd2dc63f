import type { Report, UiLang } from '../../core/types';
import { SCHEMA } from '../../core/types';
import type { Palette } from './colors';
import { formatHtml } from './html';
import { formatMarkdown } from './markdown';
import { formatText } from './text';
import { withMessages } from '../../shared-ui/render/explain';
import { cliTranslate } from './locale-messages';

export type Format = 'text' | 'json' | 'md' | 'html';
export const FORMATS: Format[] = ['text', 'json', 'md', 'html'];

/** docs/report-format.md: one report as is, several wrapped in `{ schema, reports }`. */
export function formatJson(reports: Report[], lang: UiLang): string {
  const t = cliTranslate(lang);
  const explained = reports.map((report) => withMessages(report, t));
  const document = explained.length === 1 ? explained[0] : { schema: SCHEMA, reports: explained };
  return `${JSON.stringify(document, null, 2)}\n`;
}

export function formatReports(reports: Report[], format: Format, lang: UiLang, colors: Palette): string {
  if (format === 'json') return formatJson(reports, lang);
  if (format === 'md') return formatMarkdown(reports, lang);
  if (format === 'html') return formatHtml(reports, lang);
  return formatText(reports, colors, cliTranslate(lang));
}
