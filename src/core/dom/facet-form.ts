import { mayReadAsMarketing } from '../classify/classify-wording';
import type { FormGroup } from './group-controls';
import { hasBareLabel, labelOf } from './label';
import { TEXT_ENTRY, TYPED_ENTRY } from './block-not-judged';
import { attributeOf } from './attribute';

/**
 * A form that says `method="get"` (and no button of it says otherwise) and takes none of `entries`
 * only changes the page's query: a search box, a product filter.
 */
export function onlyChangesQuery(form: Element, entries = TEXT_ENTRY): boolean {
  const getsOnly = form.tagName === 'FORM' && attributeOf(form, 'method').trim().toLowerCase() === 'get';
  return getsOnly && !form.querySelector(`[formmethod],${entries}`);
}

/** A form that only changes the page's query and takes nothing typed: nobody is signed up through it. */
export const signsNobodyUp = (form: Element): boolean => onlyChangesQuery(form, TYPED_ENTRY);

/**
 * A product filter that carries no class to know it by: a form that only changes the page's
 * query and holds only checkboxes whose labels no lexicon could read as marketing ("Rood (12)",
 * "Met garantie"). When it takes nothing typed, a bare value among them that a lexicon could
 * read ("Sale", "Aanbieding") is a facet too: nobody is mailed through a form that asks for no
 * address. A sentence ("Stuur mij de nieuwsbrief") is judged, as is a form of one box. It leaves
 * before any context, visibility or selector work.
 */
export function isFacetForm({ container, candidates }: FormGroup): boolean {
  const form = container.element;
  if (!onlyChangesQuery(form) || candidates.some((candidate) => candidate.widget !== 'native-checkbox')) return false;
  const mailings = candidates.filter((candidate) => mayReadAsMarketing(labelOf(candidate)));
  if (!mailings.length) return true;
  return mailings.length < candidates.length && signsNobodyUp(form) && mailings.every(hasBareLabel);
}
