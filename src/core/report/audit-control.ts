import { classifyHiddenInput } from '../classify/classify-hidden-input';
import { classifyWording } from '../classify/classify-wording';
import { readFromFieldName } from '../classify/read-from-field-name';
import type { Candidate } from '../dom/discover';
import { controlState } from '../dom/control-state';
import { uniqueSelector } from '../dom/selector';
import { judgeControl } from './judge-control';
import { marketingOnByDefault } from '../rules/predicates';
import type { ControlFacts, ControlRule } from '../rules/rule';
import type { ControlReport } from '../types';
import { widgetOf } from '../dom/widgets/index';
import { marketingOffAction } from './off-action';
import { remembered } from './reading-memo';
import type { ControlEnvironment } from './scan-environment';
import { attributeOf } from '../dom/attribute';

export interface AuditedControl {
  report: ControlReport;
  facts: ControlFacts;
  rules: ControlRule[];
}

export function auditControl(candidate: Candidate, label: string, env: ControlEnvironment): AuditedControl {
  const state = controlState(candidate, label, env);
  const { type } = widgetOf(candidate.widget);
  const classification = type === 'hidden'
    ? classifyHiddenInput(attributeOf(candidate.element, 'name'), attributeOf(candidate.element, 'value'), state.checked, env.lang)
    : readFromFieldName(
      remembered(env.memo.wordings, `${env.lang}\u0000${state.checked}\u0000${label}`, () => classifyWording(label, state.checked, env.lang)),
      label, attributeOf(candidate.element, 'name'), state.checked, env.surroundings.context,
    );
  const { wordingFindings, lang, confidence, evidence, ...wording } = classification;
  const facts: ControlFacts = { ...wording, wordingFindings, label, ...state, ...env.surroundings };
  const { rules, verdict } = judgeControl(facts, env.profile);
  const selector = candidate.scope.prefix + uniqueSelector(candidate.element, candidate.scope.root, env.nameCounts);
  const report: ControlReport = {
    selector, type, widget: candidate.widget, label, ...state, ...wording, lang, confidence, evidence,
    marketingOnByDefault: facts.marketing && marketingOnByDefault(facts),
    verdict,
    findings: rules.map((rule) => rule.id),
    off: facts.marketing ? marketingOffAction(candidate, facts.kind, selector, env.nameCounts) : null,
  };
  return { report, facts, rules };
}
