import type { ProfileChoice } from '../core/types';
import { AUTO_PROFILE, PROFILES } from '../core/types';
import { h } from './h';
import { label } from './label';
import type { Translate } from './messages';

/** The profile picker of the popup and the options page: the shop's own country first, then every profile the engine knows. */
export function fillProfileSelect(select: HTMLSelectElement, t: Translate, current: ProfileChoice): void {
  const doc = select.ownerDocument;
  select.replaceChildren(...[AUTO_PROFILE, ...PROFILES].map((id) => h(doc, 'option', { value: id }, label(t, 'profile', id))));
  select.value = current;
}
