import type { ControlReport } from '../../core/types';
import { h } from '../h';
import type { Translate } from '../messages';

/** "Show on page": scrolls the tab to the control and flashes its outline. */
export function showButton(doc: Document, control: ControlReport, t: Translate): HTMLElement {
  return h(doc, 'button', { type: 'button', class: 'show', 'data-show': control.selector, 'aria-label': t('showOnPageLabel', [control.label]) }, t('showOnPage'));
}
