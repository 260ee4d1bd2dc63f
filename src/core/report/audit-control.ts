import { classifyHiddenInput } from '../classify/classify-hidden-input';
import { classifyWording } from '../classify/classify-wording';
import type { Candidate } from '../dom/discover';
import { controlState } from '../dom/control-state';
import { uniqueSelector } from '../dom/selector';
import { RULES } from '../rules/index';
import { isNegative, isOperable, marketingOnByDefault } from '../rules/predicates';
import type { ControlFacts, ControlRule } from '../rules/rule';
import type { ControlReport, ControlType } from '../types';
import { marketingOffAction } from './off-action';
import type { ControlEnvironment } from './scan-environment';
import { verdictOfSeverity, worstVerdict } from './verdict';

export interface AuditedControl {
  report: ControlReport;
  facts: ControlFacts;
  rules: ControlRule[];
}

function typeOf(candidate: Candidate): ControlType {
  if (candidate.widget === 'radio-group' || candidate.widget === 'select') return 'radio';
  if (candidate.widget === 'aria' || candidate.element.getAttribute('role') === 'switch') return 'switch';
  return candidate.element.getAttribute('type') === 'hidden' ? 'hidden' : 'checkbox';
}

/** Marketing that can never be switched on by this control counts as no marketing. */
function effectivelyOff(facts: ControlFacts): boolean {
  return (!isOperable(facts) && !marketingOnByDefault(facts)) || (isOperable(facts) && facts.required && isNegative(facts));
}

export function auditControl(candidate: Candidate, label: string, env: ControlEnvironment): AuditedControl {
  const state = controlState(candidate, label, env);
  const type = typeOf(candidate);
  const classification = type === 'hidden'
    ? classifyHiddenInput(candidate.element.getAttribute('name') ?? '', state.checked, env.lang)
    : classifyWording(label, state.checked, env.lang);
  const { wordingFindings, lang, confidence, evidence, ...wording } = classification;
  const facts: ControlFacts = { ...wording, wordingFindings, label, ...state, context: env.context, unsubscribeAnnounced: env.unsubscribeAnnounced };
  const rules = facts.marketing
    ? RULES.filter((rule): rule is ControlRule => rule.scope === 'control' && rule.profiles.includes(env.profile) && rule.check(facts))
    : [];
  const selector = candidate.scope.prefix + uniqueSelector(candidate.element, candidate.scope.root, env.nameCounts);
  const verdict = !facts.marketing || effectivelyOff(facts) ? 'no-marketing' : worstVerdict(rules.map((rule) => verdictOfSeverity(rule.severity)), 'compliant');
  const report: ControlReport = {
    selector, type, widget: candidate.widget, label, ...state, ...wording, lang, confidence, evidence,
    marketingOnByDefault: facts.marketing && marketingOnByDefault(facts),
    verdict,
    findings: rules.map((rule) => rule.id),
    off: facts.marketing ? marketingOffAction(candidate, facts.kind, selector, env.nameCounts) : null,
  };
  return { report, facts, rules };
}
