import { escapeHtml as e } from './escape-html.js';
import { VERDICT_STYLE } from '../../shared-ui/verdict-style.js';
import type { LiveReport, Mark } from './live-report.js';
import { metadataRows } from './metadata-rows.js';

/** Reads an evidence image as a data: URI so the HTML report is one self-contained file. */
export type ImageReader = (file: string) => Promise<string | null>;

async function markItem(mark: Mark, image: ImageReader): Promise<string> {
  const closeup = mark.closeup ? await image(mark.closeup) : null;
  const picture = closeup ? `<img alt="close-up of control ${mark.n}" src="${closeup}">` : '<em>not visible on screen (hidden, or outside the captured area)</em>';
  return `<li><strong style="color:${VERDICT_STYLE[mark.verdict].color}">${mark.n}. ${e(mark.verdict)}</strong> “${e(mark.label)}”<br><code>${e(mark.selector)}</code><br>${picture}</li>`;
}

async function scanSection(report: LiveReport, image: ImageReader): Promise<string> {
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
export async function evidenceHtml(reports: LiveReport[], image: ImageReader): Promise<string> {
  const sections = await Promise.all(reports.map((report) => scanSection(report, image)));
  return `${STYLE}${sections.join('\n')}`;
}
