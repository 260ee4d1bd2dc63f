import type { ControlReport, Report } from '../core/types';
import type { BoxState, BoxStates, UntickCount } from '../shared-ui/messages';
import { applyOff, isOff } from './apply-off';
import { snapshot, type Restore } from './snapshot';
import type { UserChanges } from './track-user-changes';

export type Resolve = (selector: string) => Element | null;

const marketingControls = (report: Report | null) => (report?.forms ?? []).flatMap((form) => form.controls).filter((control) => control.marketing);

/**
 * Each marketing box's switch: untick it, put back what Vinkje unticked (undo), and say where it
 * stands. A box the shopper changed themselves is never touched, before or after an untick.
 */
export class BoxSwitches {
  private readonly unticked = new Map<string, Restore>();

  constructor(
    private readonly resolve: Resolve,
    private readonly user: UserChanges,
  ) {}

  private target(control: ControlReport): Element | null {
    return control.marketing && control.off ? this.resolve(control.off.selector) : null;
  }

  private touched(control: ControlReport, target: Element): boolean {
    const own = this.resolve(control.selector);
    return this.user.touchedByUser(target) || (own !== null && this.user.touchedByUser(own));
  }

  state(control: ControlReport): BoxState {
    const target = this.target(control);
    if (!target || !control.off) return 'fixed';
    if (this.touched(control, target)) return 'yours';
    if (!isOff(target, control.off)) return 'on';
    return this.unticked.has(control.selector) ? 'unticked' : 'off';
  }

  states(report: Report | null): BoxStates {
    return Object.fromEntries(marketingControls(report).map((control) => [control.selector, this.state(control)]));
  }

  /** Sets each control that still means marketing to "no marketing", remembering how it stood. */
  untick(controls: readonly ControlReport[]): UntickCount {
    const result: UntickCount = { changed: 0, skippedByUser: 0, selectors: [] };
    for (const control of controls) {
      const target = this.target(control);
      if (!target || !control.off || isOff(target, control.off)) continue;
      if (this.touched(control, target)) {
        result.skippedByUser++;
        continue;
      }
      const restore = snapshot(target, control.off);
      if (!this.user.asVinkje(() => applyOff(target, control.off!))) continue;
      this.unticked.set(control.selector, restore);
      result.changed++;
      result.selectors.push(control.selector);
    }
    return result;
  }

  /** Puts back what Vinkje unticked, unless the shopper has changed the box since. */
  retick(report: Report | null, selectors: readonly string[]): UntickCount {
    const result: UntickCount = { changed: 0, skippedByUser: 0, selectors: [] };
    for (const control of marketingControls(report).filter((control) => selectors.includes(control.selector))) {
      const restore = this.unticked.get(control.selector);
      if (!restore) continue;
      this.unticked.delete(control.selector);
      if (this.state(control) === 'yours') result.skippedByUser++;
      else if (this.user.asVinkje(restore)) (result.changed++, result.selectors.push(control.selector));
    }
    return result;
  }

  untickAll(report: Report | null): UntickCount {
    return this.untick(marketingControls(report));
  }
}
