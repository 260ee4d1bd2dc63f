import type { PageState, Settings, UntickResult } from '../shared-ui/messages';

/** Everything the popup needs from the browser; tests pass a fake, main.ts the real thing. */
export interface PopupApi {
  /** null when the tab cannot be scanned (browser pages, store, no permission). */
  getState(): Promise<PageState | null>;
  untickAll(): Promise<UntickResult>;
  untick(selector: string): Promise<UntickResult>;
  /** Puts back what Vinkje unticked: one box's switch, or the undo of the last action. */
  retick(selectors: string[]): Promise<UntickResult>;
  showControl(selector: string): Promise<void>;
  loadSettings(): Promise<Settings>;
  saveSettings(patch: Partial<Settings>): Promise<void>;
  openOptions(): void;
  download(fileName: string, mimeType: string, text: string): void;
}
