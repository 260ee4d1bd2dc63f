import { PROFILES } from '../types';
import { controlRule } from './rule';
import { isFreeChoice, marketingOnByDefault } from './predicates';

export const thirdPartyOptIn = controlRule({
  id: 'third-party-opt-in',
  severity: 'review',
  profiles: PROFILES,
  legal: ['consent', 'partnersNamed'],
  check: (c) => isFreeChoice(c) && c.thirdParty && !marketingOnByDefault(c),
});
