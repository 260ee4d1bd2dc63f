import { controlRule } from './rule';
import { isFreeChoice } from './predicates';

export const pretickedCustomerBox = controlRule({
  id: 'preticked-customer-box',
  severity: 'violation',
  profiles: ['fr'],
  legal: ['pretickedCustomerBox', 'recital32'],
  check: (c) => isFreeChoice(c) && c.kind === 'soft-opt-in' && !c.thirdParty && (c.context === 'purchase' || c.context === 'unknown'),
});
