import type { StateProbes } from '../dom/control-state';
import type { NameCounts } from '../dom/selector';
import type { FormSurroundings } from '../rules/rule';
import type { ProfileId } from '../types';

/** What one audit shares across its forms: options, host probes and per-audit caches. */
export interface ScanEnvironment extends StateProbes {
  profile: ProfileId;
  lang?: string;
  url: string;
  page: Document;
  nameCounts: NameCounts;
}

/** The same, plus what the form around a control tells about it. */
export interface ControlEnvironment extends ScanEnvironment, FormSurroundings {}
