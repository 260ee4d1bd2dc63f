import type { Report, UiLang } from '../../core/types';
import { SCHEMA } from '../../core/types';
import type { Palette } from './colors';
import { formatHtml } from './html';
import { formatMarkdown } from './markdown';
import { formatText } from './text';

export type Format = 'text' | 'json' | 'md' | 'html';
export const FORMATS: Format[] = ['text', 'json', 'md', 'html'];

/** contract.md: one report as is, several wrapped in `{ schema, reports }`. */
export function formatJson(reports: Report[]): string {
  const document = reports.length === 1 ? reports[0] : { schema: SCHEMA, reports };
  return `${JSON.stringify(document, null, 2)}\n`;
}

export function formatReports(reports: Report[], format: Format, lang: UiLang, colors: Palette): string {
  if (format === 'json') return formatJson(reports);
  if (format === 'md') return formatMarkdown(reports, lang);
  if (format === 'html') return formatHtml(reports, lang);
  return formatText(reports, colors);
}
