import type { ControlRule } from './rule';
import { marketingOnByDefault } from './predicates';

export const quoteRequestAsSale: ControlRule = {
  id: 'quote-request-as-sale',
  severity: 'info',
  profiles: ['uk'],
  scope: 'control',
  legal: ['negotiations'],
  check: (c) => c.quoteRequest && c.context === 'purchase' && marketingOnByDefault(c) && !c.thirdParty,
};
