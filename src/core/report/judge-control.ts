import type { Kind, ProfileId, Verdict } from '../types';
import { verdictOfSeverity, worstVerdict } from './verdict';
import { RULES } from '../rules/index';
import { isNegative, isOperable, marketingOnByDefault } from '../rules/predicates';
import type { ControlFacts, ControlRule } from '../rules/rule';
import { savedChoicePossible } from '../rules/saved-choice-possible';

export interface Judgement {
  rules: ControlRule[];
  verdict: Verdict;
}

/** Marketing that can never be switched on by this control counts as no marketing. */
function effectivelyOff(facts: ControlFacts): boolean {
  return (!isOperable(facts) && !marketingOnByDefault(facts)) || (isOperable(facts) && facts.required && isNegative(facts));
}

/** A sign-up form whose own hidden or disabled value says "no": what does it sign anyone up for? (decisions.md §4) */
const inertOffOnSignupForm = (facts: ControlFacts) => facts.context === 'newsletter' && !isOperable(facts) && !marketingOnByDefault(facts);

function judgeAsRead(facts: ControlFacts, profile: ProfileId): Judgement {
  const rules = RULES.filter((rule): rule is ControlRule => rule.scope === 'control' && rule.profiles.includes(profile) && rule.check(facts));
  if (inertOffOnSignupForm(facts)) return { rules, verdict: 'needs-review' };
  const verdict = effectivelyOff(facts) ? 'no-marketing' : worstVerdict(rules.map((rule) => verdictOfSeverity(rule.severity)), 'compliant');
  return { rules, verdict };
}

/** What a tick would mean if the reader took the other way out of stacked negations. */
function otherReading(facts: ControlFacts): Kind {
  if (facts.kind !== 'negative') return 'negative';
  return facts.checked ? 'soft-opt-in' : 'opt-in';
}

/**
 * The control rules of a profile that fire for one control, and the control's verdict. When
 * the wording leaves a reader unsure whether it is advertising at all, or what a tick means and
 * the two readings would be judged differently, the verdict is needs-review: Vinkje says it
 * cannot tell instead of guessing.
 */
export function judgeControl(facts: ControlFacts, profile: ProfileId): Judgement {
  if (!facts.marketing) return { rules: [], verdict: 'no-marketing' };
  const saved = savedChoicePossible.check(facts);
  const judged = judgeStackedNegations(saved ? asChosenBefore(facts) : facts, profile);
  const rules = saved ? [...judged.rules, savedChoicePossible] : judged.rules;
  // Advertising read from a general word only: not enough to call the box a violation.
  const weak = facts.wordingFindings.includes('weak-evidence') && judged.verdict === 'non-compliant';
  return { rules, verdict: weak ? 'needs-review' : judged.verdict };
}

/** A saved choice on an account page is the person's own tick: judged as the box they found before they made it. */
const asChosenBefore = (facts: ControlFacts): ControlFacts => ({ ...facts, checked: isNegative(facts), kind: facts.kind === 'soft-opt-in' ? 'opt-in' : facts.kind });

function judgeStackedNegations(facts: ControlFacts, profile: ProfileId): Judgement {
  const judged = judgeAsRead(facts, profile);
  if (!facts.wordingFindings.includes('double-negative') || facts.kind === 'bundled') return judged;
  const other = judgeAsRead({ ...facts, kind: otherReading(facts) }, profile);
  return other.verdict === judged.verdict ? judged : { ...judged, verdict: 'needs-review' };
}
