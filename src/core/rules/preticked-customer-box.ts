import type { ControlRule } from './rule';
import { isFreeChoice } from './predicates';

export const pretickedCustomerBox: ControlRule = {
  id: 'preticked-customer-box',
  severity: 'violation',
  profiles: ['fr'],
  scope: 'control',
  legal: ['pretickedCustomerBox', 'recital32'],
  check: (c) => isFreeChoice(c) && c.kind === 'soft-opt-in' && !c.thirdParty && (c.context === 'purchase' || c.context === 'unknown'),
};
