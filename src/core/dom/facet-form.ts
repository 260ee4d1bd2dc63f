import { mayReadAsMarketing } from '../classify/classify-wording';
import type { FormGroup } from './group-controls';
import { labelOf } from './label';
import { TEXT_ENTRY } from './filter-block';

/**
 * A product filter that carries no class to know it by: a form that says `method="get"` (and no
 * button of it says otherwise), takes no address or message, and holds only checkboxes whose
 * labels no lexicon could read as marketing ("Rood (12)", "Met garantie"). It only changes the
 * page's query; nothing is consented to, so it leaves before any context, visibility or selector work.
 */
export function isFacetForm({ container, candidates }: FormGroup): boolean {
  const form = container.element;
  const getsOnly = form.tagName === 'FORM' && form.getAttribute('method')?.trim().toLowerCase() === 'get';
  if (!getsOnly || form.querySelector(`[formmethod], ${TEXT_ENTRY}`)) return false;
  return candidates.every((candidate) => candidate.widget === 'native-checkbox' && !mayReadAsMarketing(labelOf(candidate)));
}
