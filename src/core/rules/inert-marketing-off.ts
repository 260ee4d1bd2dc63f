import type { ControlRule } from './rule';
import { marketingOnByDefault } from './predicates';

export const inertMarketingOff: ControlRule = {
  id: 'inert-marketing-off',
  severity: 'info',
  profiles: ['nl', 'eu-consent'],
  scope: 'control',
  title: {
    en: "Inactive marketing choice, off",
    nl: "Inactieve reclamekeuze, uit",
  },
  explanation: {
    en: "A hidden or locked marketing choice that is off: it does not switch marketing on.",
    nl: "Een verborgen of vergrendelde reclamekeuze die uit staat: die zet geen reclame aan.",
  },
  legal: [],
  check: (c) => (c.hidden || c.disabled) && !marketingOnByDefault(c),
};
