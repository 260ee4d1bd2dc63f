import { PROFILES } from '../types';
import type { ControlRule } from './rule';
import { isFreeChoice, marketingOnByDefault } from './predicates';

export const thirdPartyOptIn: ControlRule = {
  id: 'third-party-opt-in',
  severity: 'review',
  profiles: PROFILES,
  scope: 'control',
  legal: ['consent', 'partnersNamed'],
  check: (c) => isFreeChoice(c) && c.thirdParty && !marketingOnByDefault(c),
};
