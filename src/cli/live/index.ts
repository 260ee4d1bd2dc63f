export { runLiveAudit } from './runLiveAudit.js';
export type { LiveOptions } from './LiveOptions.js';
export { liveOptionFlags, type OptionFlag } from './liveOptionFlags.js';
