import type { ControlReport } from '../../core/types';
import { controlCase } from '../control-case';
import { h } from '../h';
import { label } from '../label';
import type { BoxState, Translate } from '../messages';
import { showButton } from './show-button';
import { verdictChip } from './verdict-chip';

/**
 * The box's own switch: on = it signs you up; off = Vinkje unticked it and can put it back.
 * A box the shopper changed gets a note instead: Vinkje never touches it.
 */
function boxSwitch(doc: Document, control: ControlReport, state: BoxState, t: Translate): HTMLElement | null {
  if (state === 'yours') return h(doc, 'p', { class: 'yours' }, t('boxYours'));
  if (state !== 'on' && state !== 'unticked') return null;
  const on = state === 'on';
  return h(
    doc,
    'button',
    { type: 'button', role: 'switch', class: 'switch', 'aria-checked': String(on), 'data-switch': control.selector, 'aria-label': t('switchLabel', [control.label]) },
    h(doc, 'span', { class: 'track', 'aria-hidden': 'true' }),
    h(doc, 'span', { class: 'switch-text', 'aria-hidden': 'true' }, t(on ? 'switchOn' : 'switchOff')),
  );
}

/** One marketing box for the shopper: its quoted label, what leaving it means, its switch, "show on page". */
export function renderBox(doc: Document, control: ControlReport, state: BoxState, t: Translate): HTMLElement {
  return h(
    doc,
    'li',
    { class: `box control control--${control.verdict} box--${state}` },
    h(doc, 'p', { class: 'control-head' }, h(doc, 'q', { class: 'control-label' }, control.label), ' ', verdictChip(doc, control.verdict, t)),
    h(doc, 'p', { class: 'means' }, label(t, 'means', controlCase(control))),
    h(doc, 'div', { class: 'box-row' }, boxSwitch(doc, control, state, t), showButton(doc, control, t)),
  );
}
