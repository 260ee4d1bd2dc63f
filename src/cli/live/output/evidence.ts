import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { UiLang } from '../../../core/types.js';
import { escapeHtml as e, escapeMarkdown as md } from '../../../shared-ui/escape.js';
import { REPORT_CSP } from '../../../shared-ui/render/report-to-html.js';
import { VERDICT_STYLE } from '../../../shared-ui/verdict-style.js';
import { formatHtml } from '../../format/html.js';
import { formatJson } from '../../format/index.js';
import { formatMarkdown } from '../../format/markdown.js';
import type { LiveReport, Mark } from '../scan/page.js';

/** A stable, file-system-safe folder name for a job's evidence: host plus a hash of the job key. */
export function evidenceDirName(key: string, url: string): string {
  let host = 'page';
  try {
    host = new URL(url).hostname || 'file';
  } catch {
    // keep the generic name; the hash still makes it unique
  }
  const safeHost = host.replace(/[^a-z0-9.-]/gi, '_').slice(0, 60);
  return `${safeHost}-${createHash('sha256').update(key).digest('hex').slice(0, 10)}`;
}

/** The reproducibility facts of one scan as label/value pairs, shared by the HTML and Markdown evidence. */
function metadataRows(report: LiveReport): [string, string][] {
  const run = report.run;
  return [
    ['Requested URL', run.requestedUrl],
    ['Final URL', run.finalUrl],
    ['HTTP status', String(run.httpStatus ?? 'n/a')],
    ['Scanned at', report.scannedAt],
    ['Tool', `${report.tool.name} ${report.tool.version}, ruleset ${report.tool.ruleset}`],
    ['Browser', run.browser],
    ['User agent', run.userAgent],
    ['Viewport', `${run.viewport.width}×${run.viewport.height}`],
    ['Browser locale', run.locale],
    ['Profile', report.profile],
    ['Page language', report.lang],
    ['Flow step', run.flowStep === null ? 'n/a (single page)' : String(run.flowStep)],
    ['Page quiet before scan', run.quiet ? 'yes' : 'no: scanned when the wait limit ran out'],
    ['Engine', run.isolated ? "isolated world in each frame: the page's scripts could neither see nor change it" : 'page world'],
    ['Automation visible to the page', run.automation.join('; ') || 'none detected'],
    ['SHA-256 of scanned DOM', run.dom.sha256],
    ...run.dom.frames.map((f, i): [string, string] => [`Frame ${i}${f.selector ? ` (${f.selector})` : ' (top)'}`, `${f.url} sha256 ${f.sha256}`]),
    ...report.truncated.map((note): [string, string] => ['Incomplete', note]),
  ];
}

/** Reads an evidence image as a data: URI so the HTML report is one self-contained file. */
type ImageReader = (file: string) => Promise<string | null>;

async function markItem(mark: Mark, image: ImageReader): Promise<string> {
  const closeup = mark.closeup ? await image(mark.closeup) : null;
  const picture = closeup ? `<img alt="close-up of control ${mark.n}" src="${closeup}">` : '<em>not visible on screen (hidden, or outside the captured area)</em>';
  return `<li><strong style="color:${VERDICT_STYLE[mark.verdict].color}">${mark.n}. ${e(mark.verdict)}</strong> “${e(mark.label)}”<br><code>${e(mark.selector)}</code><br>${picture}</li>`;
}

async function htmlSection(report: LiveReport, image: ImageReader): Promise<string> {
  const rows = metadataRows(report).map(([k, v]) => `<tr><th>${e(k)}</th><td>${e(v)}</td></tr>`).join('');
  const shot = report.run.screenshot ? await image(report.run.screenshot) : null;
  const marks = await Promise.all(report.run.marks.map((mark) => markItem(mark, image)));
  return `<section class="vinkje-evidence"><h2>Evidence: ${e(report.run.finalUrl)}</h2><table>${rows}</table>
${shot ? `<figure><img alt="full page, marketing controls outlined and numbered" src="${shot}"><figcaption>Full page; marketing controls outlined and numbered in the colour of their verdict.</figcaption></figure>` : ''}
${marks.length ? `<ol class="marks">${marks.join('')}</ol>` : '<p>No marketing controls on this page.</p>'}</section>`;
}

const STYLE = `<style>.vinkje-evidence{margin:2em 0;padding-top:1em;border-top:2px solid #ccc}.vinkje-evidence table{border-collapse:collapse;font-size:90%}
.vinkje-evidence th,.vinkje-evidence td{text-align:left;padding:.2em .6em;border-bottom:1px solid #eee;overflow-wrap:anywhere}
.vinkje-evidence img{max-width:100%;border:1px solid #bbb}.vinkje-evidence .marks li{margin:1em 0}</style>`;

/** The evidence part of a page's HTML report: metadata, the annotated screenshot and close-ups, all escaped. */
async function evidenceHtml(reports: LiveReport[], image: ImageReader): Promise<string> {
  const sections = await Promise.all(reports.map((report) => htmlSection(report, image)));
  return `${STYLE}${sections.join('\n')}`;
}

function markdownSection(report: LiveReport): string {
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
function evidenceMarkdown(reports: LiveReport[]): string {
  return `${reports.map(markdownSection).join('\n\n')}\n`;
}

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
