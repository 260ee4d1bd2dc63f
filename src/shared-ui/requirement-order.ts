import type { RequirementId } from '../core/types';

/** The six soft opt-in conditions in the order of Tw 11.7 lid 3 and docs/decisions.md §1. */
export const REQUIREMENT_ORDER: readonly RequirementId[] = [
  'customerRelation',
  'ownProducts',
  'relatedProducts',
  'priorNotice',
  'objection',
  'unsubscribeNotice',
];
