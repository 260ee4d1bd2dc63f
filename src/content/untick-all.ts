import type { Report } from '../core/types';
import type { UntickResult } from '../shared-ui/messages';
import { applyOff, isOff } from './apply-off';
import type { UserChanges } from './track-user-changes';

type Resolve = (selector: string) => Element | null;

/**
 * Applies each marketing control's `off` action where marketing is still on. A control the
 * person changed themselves is left alone and counted, so the popup can say so.
 */
export function untickAll(report: Report, resolve: Resolve, user: UserChanges): UntickResult {
  const result: UntickResult = { changed: 0, skippedByUser: 0 };
  for (const control of report.forms.flatMap((form) => form.controls)) {
    const target = control.marketing && control.off ? resolve(control.off.selector) : null;
    if (!target || !control.off || isOff(target, control.off)) continue;
    const own = resolve(control.selector);
    if (user.touchedByUser(target) || (own !== null && user.touchedByUser(own))) result.skippedByUser++;
    else if (user.asVinkje(() => applyOff(target, control.off!))) result.changed++;
  }
  return result;
}
