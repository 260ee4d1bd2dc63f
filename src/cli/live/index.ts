export { runLiveAudit } from './run-live-audit.js';
export type { LiveOptions } from './live-options.js';
export { liveOptionFlags, type OptionFlag } from './live-option-flags.js';
