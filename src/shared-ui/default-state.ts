import type { ControlReport } from '../core/types';
import type { Translate } from './messages';

/** "ticked in advance; required": how the control stood when the page was scanned. */
export function defaultState(control: ControlReport, t: Translate): string {
  const parts = [t(control.checked ? 'state_checked' : 'state_unchecked')];
  if (control.hidden) parts.push(t('state_hidden'));
  if (control.disabled) parts.push(t('state_disabled'));
  if (control.required) parts.push(t('state_required'));
  return parts.join('; ');
}
