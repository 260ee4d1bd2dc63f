import { MAX_LANG, MAX_SAMPLE_TEXT } from '../shared-ui/is-load-engine-request';
import type { PageSample } from '../shared-ui/messages';
import { CANDIDATE_SELECTOR } from './candidate-selector';

/** Text enough to tell languages apart: the blocks that hold candidates, then the page's own words. */
const BLOCK_TEXT = 800;
const MAX_CANDIDATES = 200;
const PROSE = 'h1, h2, h3, p, label, legend, button';

/** The page's declared language and the text around its candidate controls, for choosing lexicons. */
export function pageSample(doc: Document): PageSample {
  const blocks = new Set<Element>();
  const candidates = doc.querySelectorAll(CANDIDATE_SELECTOR);
  for (let i = 0; i < Math.min(candidates.length, MAX_CANDIDATES); i++) {
    const control = candidates[i]!;
    blocks.add(control.closest('form, fieldset') ?? control.parentElement ?? control);
  }
  let text = doc.title;
  const add = (element: Element) => (text += ` ${(element.textContent ?? '').slice(0, BLOCK_TEXT).replace(/\s+/g, ' ')}`);
  for (const block of blocks) if (text.length < MAX_SAMPLE_TEXT) add(block);
  const prose = doc.querySelectorAll(PROSE);
  for (let i = 0; i < prose.length && text.length < MAX_SAMPLE_TEXT; i++) add(prose[i]!);
  return { lang: doc.documentElement.lang.slice(0, MAX_LANG), text: text.slice(0, MAX_SAMPLE_TEXT) };
}
