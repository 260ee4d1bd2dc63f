import type { Classification, ControlState, FormContext, ProfileId, Severity } from '../types';

/** What a rule sees of one control: its state, wording classification and form context. */
export interface ControlFacts extends Omit<Classification, 'lang' | 'confidence' | 'evidence'>, ControlState {
  label: string;
  context: FormContext;
  /** The form announces that unsubscribing is possible at any time. */
  unsubscribeAnnounced: boolean;
}

export interface FormFacts {
  context: FormContext;
  controls: ControlFacts[];
  priorNotice: string | null;
  unsubscribeNotice: string | null;
}

/** A rule's title and explanation are UI text: `_locales/<lang>/messages.json`, `rule_<id>_title` and `rule_<id>_text`. */
export interface RuleMeta {
  id: string;
  severity: Severity;
  profiles: ProfileId[];
  /** Short citations, e.g. "Tw art. 11.7 lid 3", "GDPR recital 32", "CJEU C-673/17 (Planet49)". */
  legal: string[];
}

export interface ControlRule extends RuleMeta {
  scope: 'control';
  check(control: ControlFacts): boolean;
}

export interface FormRule extends RuleMeta {
  scope: 'form';
  check(form: FormFacts): boolean;
}

export type Rule = ControlRule | FormRule;
