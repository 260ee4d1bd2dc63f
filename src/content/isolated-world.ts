import type { Lexicon } from '../core/lexicons/lexicon';
import type { ContentRequest, PageState, UntickResult } from '../shared-ui/messages';

/** The content engine as the sentinel reaches it: the popup's requests go through here. */
export interface ContentEngine {
  handle(request: ContentRequest): Promise<PageState | UntickResult | null>;
}

// The extension's isolated world, which page scripts can neither see nor set: the sentinel
// (content.js), the lexicon chunks (lexicons/<lang>.js) and the engine (engine.js) are
// separate files injected into it, and find each other here.
declare global {
  var vinkjeSentinel: boolean | undefined;
  /** Each lexicon chunk adds its language; the worker injects them before the engine. */
  var vinkjeLexicons: Lexicon[] | undefined;
  var vinkjeEngine: ContentEngine | undefined;
}
