import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { UiLang } from '../../core/types.js';
import { REPORT_CSP } from '../../shared-ui/render/report-to-html.js';
import { formatHtml } from '../format/html.js';
import { formatJson } from '../format/index.js';
import { formatMarkdown } from '../format/markdown.js';
import { evidenceHtml } from './evidence-html.js';
import { evidenceMarkdown } from './evidence-markdown.js';
import type { LiveReport } from './live-report.js';

// The report page forbids everything but inline styles; embedded screenshots also need data: images.
function allowDataImages(html: string): string {
  if (!html.includes(REPORT_CSP)) throw new Error('report.html: its Content-Security-Policy changed; update allowDataImages');
  return html.replace(REPORT_CSP, `${REPORT_CSP}; img-src data:`);
}

function withEvidence(reportHtml: string, evidence: string): string {
  const end = reportHtml.lastIndexOf('</body>');
  const page = end < 0 ? reportHtml + evidence : `${reportHtml.slice(0, end)}${evidence}${reportHtml.slice(end)}`;
  return allowDataImages(page);
}

/** report.json, a self-contained report.html (screenshots inlined) and report.md in a page's evidence folder. */
export async function writeEvidence(dir: string, reports: LiveReport[], lang: UiLang): Promise<void> {
  await mkdir(dir, { recursive: true });
  const image = (file: string): Promise<string | null> =>
    readFile(join(dir, file)).then((bytes) => `data:image/png;base64,${bytes.toString('base64')}`, () => null);
  await writeFile(join(dir, 'report.json'), formatJson(reports, lang));
  await writeFile(join(dir, 'report.html'), withEvidence(formatHtml(reports, lang), await evidenceHtml(reports, image)));
  await writeFile(join(dir, 'report.md'), `${formatMarkdown(reports, lang)}\n${evidenceMarkdown(reports)}`);
}
