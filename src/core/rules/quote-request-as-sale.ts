import { controlRule } from './rule';
import { marketingOnByDefault } from './predicates';

export const quoteRequestAsSale = controlRule({
  id: 'quote-request-as-sale',
  severity: 'info',
  profiles: ['uk'],
  legal: ['negotiations'],
  check: (c) => c.quoteRequest && c.context === 'purchase' && marketingOnByDefault(c) && !c.thirdParty,
});
