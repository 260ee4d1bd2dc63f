import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { indexFoot, indexHead, indexRow, type Totals } from './index-page.js';
import type { ResultLine } from './result-line.js';

export async function countVerdicts(lines: AsyncIterable<ResultLine>): Promise<Totals> {
  const totals: Totals = { 'non-compliant': 0, 'needs-review': 0, compliant: 0, 'no-marketing': 0, failed: 0 };
  for await (const line of lines) totals[line.ok ? line.verdict! : 'failed'] += 1;
  return totals;
}

/** index.html: one row per job, sortable and filterable, linking to each page's evidence. */
export async function writeIndexHtml(file: string, totals: Totals, lines: AsyncIterable<ResultLine>, title: string): Promise<void> {
  const out = createWriteStream(file);
  out.write(indexHead(totals, title));
  let index = 0;
  for await (const line of lines) if (!out.write(indexRow(line, ++index))) await once(out, 'drain');
  out.end(indexFoot);
  await once(out, 'finish');
}
