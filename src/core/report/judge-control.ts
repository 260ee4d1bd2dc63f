import type { ProfileId, Verdict } from '../types';
import { verdictOfSeverity, worstVerdict } from './verdict';
import { RULES } from '../rules/index';
import { isNegative, isOperable, marketingOnByDefault } from '../rules/predicates';
import type { ControlFacts, ControlRule } from '../rules/rule';

export interface Judgement {
  rules: ControlRule[];
  verdict: Verdict;
}

/** Marketing that can never be switched on by this control counts as no marketing. */
function effectivelyOff(facts: ControlFacts): boolean {
  return (!isOperable(facts) && !marketingOnByDefault(facts)) || (isOperable(facts) && facts.required && isNegative(facts));
}

/** The control rules of a profile that fire for one control, and the control's verdict. */
export function judgeControl(facts: ControlFacts, profile: ProfileId): Judgement {
  if (!facts.marketing) return { rules: [], verdict: 'no-marketing' };
  const rules = RULES.filter((rule): rule is ControlRule => rule.scope === 'control' && rule.profiles.includes(profile) && rule.check(facts));
  const verdict = effectivelyOff(facts) ? 'no-marketing' : worstVerdict(rules.map((rule) => verdictOfSeverity(rule.severity)), 'compliant');
  return { rules, verdict };
}
