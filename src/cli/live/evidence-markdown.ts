import type { LiveReport } from './live-report.js';
import { metadataRows } from './metadata-rows.js';

// Page text must not turn into links, images or HTML when the Markdown is rendered.
const md = (text: string): string => text.replace(/\s+/g, ' ').replace(/([\\`*_{}[\]()<>#+!|~])/g, '\\$1');

function scanSection(report: LiveReport): string {
  const rows = metadataRows(report).map(([k, v]) => `| ${k} | ${md(v)} |`);
  const marks = report.run.marks.map((m) => `${m.n}. **${m.verdict}** “${md(m.label)}” — ${md(m.selector)}${m.closeup ? ` — ![close-up ${m.n}](${m.closeup})` : ' — not visible on screen'}`);
  return [
    `## Evidence: ${md(report.run.finalUrl)}`,
    '',
    '| | |',
    '|---|---|',
    ...rows,
    '',
    report.run.screenshot ? `![Full page, marketing controls outlined and numbered](${report.run.screenshot})\n` : '',
    ...(marks.length ? marks : ['No marketing controls on this page.']),
  ].join('\n');
}

/** The evidence part of a page's Markdown report; images are linked files beside it. */
export function evidenceMarkdown(reports: LiveReport[]): string {
  return `${reports.map(scanSection).join('\n\n')}\n`;
}
