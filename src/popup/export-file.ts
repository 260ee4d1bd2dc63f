import type { Report } from '../core/types';
import type { Translate } from '../shared-ui/messages';
import { withMessages } from '../shared-ui/render/explain';
import { reportToMarkdown } from '../shared-ui/render/report-to-markdown';
import { reportToHtml } from '../shared-ui/render/report-to-html';

export type ExportFormat = 'json' | 'md' | 'html';

export interface ExportFile {
  name: string;
  type: string;
  text: string;
}

function styles(doc: Document): string {
  return [...doc.styleSheets].flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join('\n');
}

/** The report as a file: JSON per docs/report-format.md, Markdown, or self-contained HTML with the popup's styles. */
export function exportFile(doc: Document, report: Report, format: ExportFormat, t: Translate, lang: string): ExportFile {
  const host = URL.canParse(report.source) ? new URL(report.source).host : 'page';
  const name = `vinkje-${host.replace(/[^\w.-]/g, '_')}-${report.scannedAt.slice(0, 10)}.${format}`;
  if (format === 'json') return { name, type: 'application/json', text: `${JSON.stringify(withMessages(report, t), null, 2)}\n` };
  if (format === 'md') return { name, type: 'text/markdown', text: reportToMarkdown(report, t, lang) };
  return { name, type: 'text/html', text: reportToHtml(doc, report, t, lang, styles(doc)) };
}
