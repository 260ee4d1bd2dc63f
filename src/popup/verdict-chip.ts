import type { Verdict } from '../core/types';
import { h } from '../shared-ui/h';
import { label } from '../shared-ui/label';
import type { Translate } from '../shared-ui/messages';

// A symbol next to the colour, so the verdict never depends on seeing colour.
const SYMBOL: Record<Verdict, string> = {
  'non-compliant': '✕',
  'needs-review': '!',
  compliant: '✓',
  'no-marketing': '–',
};

export function verdictChip(doc: Document, verdict: Verdict, t: Translate): HTMLElement {
  return h(
    doc,
    'span',
    { class: `chip chip--${verdict}` },
    h(doc, 'span', { 'aria-hidden': 'true', class: 'chip-symbol' }, SYMBOL[verdict]),
    label(t, 'verdict', verdict),
  );
}
