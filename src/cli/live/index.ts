// The live auditor, in the order a page goes through it: input/ (options, URLs, flows, jobs),
// browser/ (pool, page, quiet), run/ (batch, scheduler, job, failures, progress), scan/ (isolated
// engine world, frames, page report), output/ (results, evidence, screenshots, index.html, CSV).
export { runLiveAudit } from './run/audit.js';
export { liveOptionFlags, type LiveOptions, type OptionFlag } from './input/options.js';
export type { LiveReport } from './scan/page.js';
export type { ResultLine } from './output/results.js';
