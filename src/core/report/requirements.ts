import { isNegative, isOperable, marketingOnByDefault } from '../rules/predicates';
import type { ControlFacts, FormFacts } from '../rules/rule';
import { PROFILE_DATA } from '../profiles/index';
import type { ContextSignal, ProfileId, Requirement, RequirementId } from '../types';

type Requirements = Record<RequirementId, Requirement>;

const quote = (text: string) => `“${text}”`;
const status = (s: Requirement['status'], evidence = ''): Requirement => ({ status: s, evidence });

/** A marketing control that switches marketing on and cannot be refused on the form. */
function blocksObjection(c: ControlFacts): boolean {
  if (!c.marketing) return false;
  if (!isOperable(c)) return marketingOnByDefault(c);
  return c.bundled || (c.required && !isNegative(c) && c.context !== 'newsletter');
}

function objection(form: FormFacts, marketing: ControlFacts[]): Requirement {
  const blocking = marketing.find(blocksObjection);
  if (blocking) return status('not-met', quote(blocking.label));
  const operable = marketing.find(isOperable);
  if (operable) return status('met', quote(operable.label));
  return form.priorNotice ? status('not-met', quote(form.priorNotice)) : status('not-met');
}

/** A label announces advertising only where its own words say so, not where only the field's name does. */
const announces = (c: ControlFacts) => isOperable(c) && !c.wordingFindings.includes('field-name-only');

function priorNotice(form: FormFacts, marketing: ControlFacts[]): Requirement {
  const shown = marketing.find(announces);
  if (shown) return status('met', quote(shown.label));
  return form.priorNotice ? status('met', quote(form.priorNotice)) : status('not-met');
}

/** The quoted texts behind the context; which kind of signal each was is in `contextEvidence`. */
function customerRelation(form: FormFacts, contextEvidence: ContextSignal[]): Requirement {
  const quotes = contextEvidence.flatMap((signal) => (signal.quote ? [quote(signal.quote)] : [])).join('; ');
  if (form.context === 'purchase') return status('met', quotes);
  if (form.context === 'unknown') return status('unknown', quotes);
  return status('not-met', quotes);
}

function ownProducts(marketing: ControlFacts[]): Requirement {
  const partner = marketing.find((c) => c.thirdParty);
  return partner ? status('not-met', quote(partner.label)) : status('met', quote(marketing[0]?.label ?? ''));
}

/** Announced on the form; where the profile wants the no-cost notice (de), a form without it visibly fails. */
function unsubscribeNotice(form: FormFacts, profile: ProfileId): Requirement {
  if (PROFILE_DATA[profile].unsubscribeNotice === 'any-time-at-no-cost') {
    if (form.costFreeObjectionNotice) return status('met', quote(form.costFreeObjectionNotice));
    return status('not-met', form.unsubscribeNotice ? quote(form.unsubscribeNotice) : '');
  }
  return form.unsubscribeNotice ? status('met', quote(form.unsubscribeNotice)) : status('unknown');
}

const NOT_APPLICABLE: Requirements = {
  priorNotice: status('not-applicable'), objection: status('not-applicable'), customerRelation: status('not-applicable'),
  ownProducts: status('not-applicable'), relatedProducts: status('not-applicable'), unsubscribeNotice: status('not-applicable'),
};

/** The six conditions of the customer exception (docs/decisions.md §1) under `profile`, as far as the form shows them. */
export function evaluateRequirements(form: FormFacts, contextEvidence: ContextSignal[], profile: ProfileId): Requirements {
  const marketing = form.controls.filter((c) => c.marketing);
  if (!marketing.length && !form.priorNotice) return NOT_APPLICABLE;
  return {
    priorNotice: priorNotice(form, marketing),
    objection: objection(form, marketing),
    customerRelation: customerRelation(form, contextEvidence),
    ownProducts: ownProducts(marketing),
    relatedProducts: status('unknown'),
    unsubscribeNotice: unsubscribeNotice(form, profile),
  };
}
