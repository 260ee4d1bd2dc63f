import type { ControlRule } from './rule';
import { isNegative, isOperable } from './predicates';

export const requiredNegative: ControlRule = {
  id: 'required-negative',
  severity: 'info',
  profiles: ['nl', 'eu-consent'],
  scope: 'control',
  title: {
    en: "Required \"no marketing\" box",
    nl: "Verplicht \"geen reclame\"-vakje",
  },
  explanation: {
    en: "A box saying you do not want advertising is marked as required: probably a mistake in the shop; it cannot switch marketing on.",
    nl: "Een vakje dat zegt dat je geen reclame wilt, is verplicht gemaakt: waarschijnlijk een fout van de winkel; het zet reclame niet aan.",
  },
  legal: [],
  check: (c) => isOperable(c) && c.required && isNegative(c),
};
