import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { escapeHtml as e } from '../../../shared-ui/escape.js';
import { VERDICT_STYLE } from '../../../shared-ui/verdict-style.js';
import type { ResultLine, Totals } from './results.js';

const SCRIPT = `
const table = document.querySelector('table'), body = table.tBodies[0];
const text = document.getElementById('q'), verdict = document.getElementById('v');
function filter() {
  const q = text.value.toLowerCase(), v = verdict.value;
  for (const row of body.rows) row.hidden = (v && row.dataset.verdict !== v) || (q && !row.textContent.toLowerCase().includes(q));
}
text.addEventListener('input', filter); verdict.addEventListener('change', filter);
table.tHead.addEventListener('click', (event) => {
  const th = event.target.closest('th'); if (!th) return;
  const i = th.cellIndex, dir = th.dataset.dir === 'asc' ? -1 : 1; th.dataset.dir = dir === 1 ? 'asc' : 'desc';
  const key = (row) => row.cells[i].dataset.sort ?? row.cells[i].textContent;
  const rows = [...body.rows].sort((a, b) => { const x = key(a), y = key(b); const n = x - y; return dir * (isNaN(n) ? x.localeCompare(y) : n); });
  body.append(...rows);
});`;

const STYLE = `body{font:14px/1.4 system-ui,sans-serif;margin:1.5em}table{border-collapse:collapse;width:100%}
th,td{border-bottom:1px solid #ddd;padding:.35em .5em;text-align:left;vertical-align:top}th{cursor:pointer;background:#f4f4f4;position:sticky;top:0}
.v{color:#fff;border-radius:3px;padding:0 .4em;white-space:nowrap}td.u{max-width:28em;overflow-wrap:anywhere}img{max-width:120px;border:1px solid #ccc}
.totals span{margin-right:1.2em}`;

const badge = (label: string, color: string): string => `<span class="v" style="background:${color}">${e(label)}</span>`;

function indexRow(line: ResultLine, index: number): string {
  const v = line.ok ? line.verdict! : 'failed';
  const color = line.ok ? VERDICT_STYLE[line.verdict!].color : '#555';
  const shot = line.reports.find((r) => r.run.screenshot);
  const evidence = line.evidence
    ? `<a href="${e(line.evidence)}/report.html">report</a> · <a href="${e(line.evidence)}/report.json">json</a>${shot ? `<br><a href="${e(line.evidence)}/${e(shot.run.screenshot)}"><img loading="lazy" alt="screenshot" src="${e(line.evidence)}/${e(shot.run.screenshot)}"></a>` : ''}`
    : '';
  const moved = line.finalUrl && line.finalUrl !== line.url ? `<br>→ ${e(line.finalUrl)}` : '';
  const problem = line.error ? `${e(line.error.reason)}: ${e(line.error.message)}` : '';
  const c = line.counts;
  return `<tr data-verdict="${v}"><td data-sort="${index}">${index}</td><td class="u"><a href="${e(line.url)}" rel="noreferrer noopener">${e(line.key)}</a>${moved}</td>
<td data-sort="${v}">${badge(v, color)}</td><td>${c?.forms ?? ''}</td><td>${c?.marketing ?? ''}</td><td>${c?.violations ?? ''}</td><td>${problem}</td><td>${evidence}</td><td data-sort="${line.durationMs}">${(line.durationMs / 1000).toFixed(1)} s</td></tr>`;
}

function indexHead(totals: Totals, title: string): string {
  const total = Object.values(totals).reduce((a, b) => a + b, 0);
  const options = Object.keys(totals).map((k) => `<option value="${k}">${k} (${totals[k as keyof Totals]})</option>`).join('');
  const counts = (Object.entries(totals) as [keyof Totals, number][]).map(([k, n]) => `<span>${badge(k, k === 'failed' ? '#555' : VERDICT_STYLE[k].color)} ${n}</span>`).join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src 'self' file: data:; style-src 'unsafe-inline'; script-src 'unsafe-inline'; base-uri 'none'; form-action 'none'">
<title>${e(title)}</title><style>${STYLE}</style></head><body><h1>${e(title)}</h1>
<p class="totals">${total} pages: ${counts}</p>
<p><input id="q" type="search" placeholder="filter by text…" size="40"> <select id="v"><option value="">all verdicts</option>${options}</select> · click a column heading to sort</p>
<table><thead><tr><th>#</th><th>page</th><th>verdict</th><th>forms</th><th>marketing controls</th><th>violations</th><th>problem</th><th>evidence</th><th>time</th></tr></thead><tbody>
`;
}

const indexFoot = `</tbody></table><script>${SCRIPT}</script></body></html>\n`;

/** index.html: one row per job, sortable and filterable, linking to each page's evidence. */
export async function writeIndexHtml(file: string, totals: Totals, lines: AsyncIterable<ResultLine>, title: string): Promise<void> {
  const out = createWriteStream(file);
  out.write(indexHead(totals, title));
  let index = 0;
  for await (const line of lines) if (!out.write(indexRow(line, ++index))) await once(out, 'drain');
  out.end(indexFoot);
  await once(out, 'finish');
}
