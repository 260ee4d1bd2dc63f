import { resolveSelector } from '../core/dom/selector';
import type { Report } from '../core/types';
import { browserTranslate } from '../shared-ui/browser-translate';
import { ext } from '../shared-ui/extension-api';
import type { ContentRequest, PageState, Settings, UntickCount, UntickResult } from '../shared-ui/messages';
import { loadSettings } from '../shared-ui/settings-store';
import { profileForSite } from '../shared-ui/site-profile';
import { SCAN_TRIGGER_SELECTOR } from './scan-trigger-selector';
import { createHighlightLayer, type Highlight, type HighlightLayer } from './highlight-layer';
import { rescanPage, scanPage } from './scan-page';
import type { UserChanges } from './track-user-changes';
import { BoxSwitches } from './box-switches';

/** The content script's whole state; the background worker and popup only ever see copies. */
export class ContentController {
  private report: Report | null = null;
  private highlights: Highlight[] = [];
  private layer: HighlightLayer | null = null;
  private readonly switches: BoxSwitches;
  /** The DOM changed since the last scan. */
  private dirty = true;
  /** Where it changed (mutation targets), for a rescan of just those forms; null: scan it all. */
  private changed: Node[] | null = null;

  constructor(
    private readonly doc: Document,
    private settings: Settings,
    private readonly user: UserChanges,
  ) {
    this.switches = new BoxSwitches((selector) => resolveSelector(doc, selector), user);
  }

  get host(): string {
    return this.doc.location.hostname;
  }

  private get ignored(): boolean {
    return this.settings.ignoredSites.includes(this.host);
  }

  /** Controls of the last report that are still worth watching for removal. */
  tracked = (): readonly Element[] => this.highlights.map(({ element }) => element);

  /** Notes DOM changes for the next scan, which reads again only the forms around them. */
  noteChanges(nodes: readonly Node[]): void {
    this.dirty = true;
    if (!this.report) return;
    const changed = (this.changed ??= []);
    for (const node of nodes) changed.push(node);
  }

  private read(changed: readonly Node[] | null): Report | null {
    // One querySelector keeps pages without forms (most of the web) away from the engine.
    if (this.ignored || this.doc.querySelector(SCAN_TRIGGER_SELECTOR) === null) return null;
    const profile = profileForSite(this.settings, this.host);
    if (this.report && changed) return rescanPage(this.doc, this.report, changed, profile, this.user.touchedByUser);
    return scanPage(this.doc, profile, this.user.touchedByUser);
  }

  scan(): void {
    const changed = this.changed;
    this.dirty = false;
    this.changed = null;
    this.report = this.read(changed);
    const resolve = (selector: string) => resolveSelector(this.doc, selector);
    this.highlights = (this.report?.forms ?? [])
      .flatMap((form) => form.controls)
      .filter((control) => control.marketing)
      .flatMap((control) => {
        const element = resolve(control.selector);
        return element ? [{ control, element }] : [];
      });
    if (this.report && this.settings.autoUntick) this.switches.untickAll(this.report);
    this.draw();
    void ext.runtime.sendMessage({ type: 'vinkje:report', host: this.host, report: this.report }).catch(() => {});
  }

  updateSettings(settings: Settings): void {
    this.settings = settings;
    this.scan();
  }

  private draw(): void {
    if (!this.settings.highlights || this.highlights.length === 0) {
      this.layer?.remove();
      this.layer = null;
      return;
    }
    this.layer ??= createHighlightLayer(this.doc, browserTranslate);
    this.layer.show(this.highlights);
  }

  /** A switch action, answered with every box's state after it. */
  private act(count: UntickCount): UntickResult {
    return { ...count, boxes: this.switches.states(this.report) };
  }

  private switch(request: ContentRequest): UntickResult | null {
    const controls = (this.report?.forms ?? []).flatMap((form) => form.controls);
    if (request.type === 'vinkje:untick-all') return this.act(this.switches.untickAll(this.report));
    if (request.type === 'vinkje:untick') return this.act(this.switches.untick(controls.filter((c) => c.selector === request.selector)));
    if (request.type === 'vinkje:retick') return this.act(this.switches.retick(this.report, request.selectors));
    return null;
  }

  private flash(selector: string): void {
    const highlight = this.highlights.find(({ control }) => control.selector === selector);
    if (!highlight) return;
    const layer = this.layer ?? createHighlightLayer(this.doc, browserTranslate);
    layer.flash(highlight);
    if (layer !== this.layer) setTimeout(() => layer.remove(), 2500);
  }

  async handle(request: ContentRequest): Promise<PageState | UntickResult | null> {
    if (request.type === 'vinkje:show-control') {
      this.flash(request.selector);
      return null;
    }
    const switched = this.switch(request);
    if (switched) return switched;
    // The popup may have just saved a profile; storage.onChanged can arrive after its question.
    const settings = await loadSettings();
    const changed = JSON.stringify(settings) !== JSON.stringify(this.settings);
    this.settings = settings;
    if (this.dirty || changed) this.scan();
    return { host: this.host, ignored: this.ignored, report: this.report, boxes: this.switches.states(this.report) };
  }
}
