import type { LiveReport } from './live-report.js';

/** The reproducibility facts of one scan as label/value pairs, shared by the HTML and Markdown evidence. */
export function metadataRows(report: LiveReport): [string, string][] {
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
    ['SHA-256 of scanned DOM', run.dom.sha256],
    ...run.dom.frames.map((f, i): [string, string] => [`Frame ${i}${f.selector ? ` (${f.selector})` : ' (top)'}`, `${f.url} sha256 ${f.sha256}`]),
    ...report.truncated.map((note): [string, string] => ['Incomplete', note]),
  ];
}
