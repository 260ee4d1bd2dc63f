/** One size of the category-page recipe: the engine's scan next to the bare walk. */
export interface ScanFigure {
  elements: number;
  walkMs: number;
  scanMs: number;
}

/** What one host (jsdom or Chromium) measured. */
export interface HostFigures {
  recipe: ScanFigure[];
  /** The recipe without its checkout: a category page no control of which can be marketing. */
  noCandidate: { elements: number; scanMs: number };
  /** The checkout's newsletter box ticked by a script, then `rescanForms` on that box. */
  oneFormRescan: { elements: number; rescanMs: number };
}

export const RECIPE_SIZES = [1_000, 5_000, 50_000];
export const NO_CANDIDATE_SIZE = 5_000;
export const RESCAN_SIZE = 5_000;
