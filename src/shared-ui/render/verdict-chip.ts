import type { Verdict } from '../../core/types';
import { h } from '../h';
import { VERDICT_STYLE } from '../verdict-style';
import { label } from '../label';
import type { Translate } from '../messages';

export function verdictChip(doc: Document, verdict: Verdict, t: Translate): HTMLElement {
  return h(
    doc,
    'span',
    { class: `chip chip--${verdict}` },
    h(doc, 'span', { 'aria-hidden': 'true', class: 'chip-symbol' }, VERDICT_STYLE[verdict].symbol),
    label(t, 'verdict', verdict),
  );
}
