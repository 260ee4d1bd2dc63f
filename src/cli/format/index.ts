import type { Report, UiLang } from '../../core/types';
import { SCHEMA } from '../../core/types';
import { withMessages } from '../../shared-ui/render/explain';
import type { Palette } from './colors';
import { formatHtml } from './html';
import { cliTranslate } from './locale-messages';
import { formatMarkdown } from './markdown';
import { formatText } from './text';

/** docs/report-format.md: one report as is, several wrapped in `{ schema, reports }`. */
export function formatJson(reports: Report[], lang: UiLang): string {
  const t = cliTranslate(lang);
  const explained = reports.map((report) => withMessages(report, t));
  const document = explained.length === 1 ? explained[0] : { schema: SCHEMA, reports: explained };
  return `${JSON.stringify(document, null, 2)}\n`;
}

type Formatter = (reports: Report[], lang: UiLang, colors: Palette) => string;

/** Every output format of `audit --format`, the first the default. Adding one: a file here and a line below. */
const FORMATTERS = {
  text: (reports, lang, colors) => formatText(reports, colors, cliTranslate(lang)),
  json: formatJson,
  md: formatMarkdown,
  html: formatHtml,
} satisfies Record<string, Formatter>;

export type Format = keyof typeof FORMATTERS;
export const FORMATS = Object.keys(FORMATTERS) as Format[];

export function formatReports(reports: Report[], format: Format, lang: UiLang, colors: Palette): string {
  return FORMATTERS[format](reports, lang, colors);
}
