import { MAX_SAMPLE_TEXT } from '../shared-ui/is-load-engine-request';
import type { PageSample } from '../shared-ui/messages';
import { CANDIDATE_SELECTOR } from './candidate-selector';

/** Text enough to tell languages apart, from each block that holds candidates. */
const BLOCK_TEXT = 800;
const MAX_CANDIDATES = 200;

/** The page's declared language and the text around its candidate controls, for choosing lexicons. */
export function pageSample(doc: Document): PageSample {
  const blocks = new Set<Element>();
  const candidates = doc.querySelectorAll(CANDIDATE_SELECTOR);
  for (let i = 0; i < Math.min(candidates.length, MAX_CANDIDATES); i++) {
    const control = candidates[i]!;
    blocks.add(control.closest('form, fieldset') ?? control.parentElement ?? control);
  }
  let text = doc.title;
  for (const block of blocks) {
    if (text.length >= MAX_SAMPLE_TEXT) break;
    text += ` ${(block.textContent ?? '').slice(0, BLOCK_TEXT).replace(/\s+/g, ' ')}`;
  }
  return { lang: doc.documentElement.lang.slice(0, 35), text: text.slice(0, MAX_SAMPLE_TEXT) };
}
