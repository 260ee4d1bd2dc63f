import type { ControlReport } from '../core/types';

export type ControlCase =
  | 'locked-on'
  | 'bundled'
  | 'partner-on'
  | 'partner-off'
  | 'negative-on'
  | 'negative-off'
  | 'required'
  | 'preset-on'
  | 'off';

/**
 * Which plain sentence describes leaving a marketing control as it is. Popup (`means_*`) and
 * tooltip (`tip_*`) messages are keyed by it, so both always say the same thing.
 */
export function controlCase(control: ControlReport): ControlCase {
  const on = control.marketingOnByDefault;
  if (on && (control.hidden || control.disabled)) return 'locked-on';
  if (control.bundled) return 'bundled';
  if (control.thirdParty) return on ? 'partner-on' : 'partner-off';
  if (control.kind === 'negative') return on ? 'negative-on' : 'negative-off';
  if (control.required) return 'required';
  return on ? 'preset-on' : 'off';
}
