import type { Settings, SiteProblem } from '../shared-ui/messages';

/** What the options page needs from the browser; tests pass a fake. */
export interface OptionsApi {
  loadSettings(): Promise<Settings>;
  saveSettings(patch: Partial<Settings>): Promise<void>;
  hasAutoScan(): Promise<boolean>;
  /** Asks for (or gives back) all-sites access; resolves to whether automatic scanning is now on. */
  setAutoScan(on: boolean): Promise<boolean>;
  loadProblemSites(): Promise<SiteProblem[]>;
  clearProblemSites(): Promise<void>;
}
