import type { ProfileId } from '../core/types';
import { PROFILES } from '../core/types';
import { h } from './h';
import { label } from './label';
import type { Translate } from './messages';

/** The profile picker of the popup and the options page: one option per profile the engine knows. */
export function fillProfileSelect(select: HTMLSelectElement, t: Translate, current: ProfileId): void {
  const doc = select.ownerDocument;
  select.replaceChildren(...PROFILES.map((id) => h(doc, 'option', { value: id }, label(t, 'profile', id))));
  select.value = current;
}
