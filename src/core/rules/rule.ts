import type { LegalGround } from '../profiles/index';
import type { Classification, ControlState, FormContext, ProfileId, Severity } from '../types';

/** What the form around a control tells about it, as the profile reads it. */
export interface FormSurroundings {
  /** The form's context as the profile's customer test reads it (uk: a quote request is a sale). */
  context: FormContext;
  /** The form asks for a quote or an offer for the person ("request a quote"). */
  quoteRequest: boolean;
  /** The form announces that unsubscribing is possible at any time. */
  unsubscribeAnnounced: boolean;
  /** The form says one can object at any time at no cost beyond basic-rate transmission (UWG §7(3) Nr. 4). */
  costFreeObjectionAnnounced: boolean;
  /** The form's e-mail field holds an address in the page's markup: an account being edited, its boxes maybe saved choices. */
  showsSavedAddress: boolean;
}

/** What a rule sees of one control: its state, wording classification and form. */
export interface ControlFacts extends Omit<Classification, 'lang' | 'confidence' | 'evidence'>, ControlState, FormSurroundings {
  label: string;
}

export interface FormFacts {
  context: FormContext;
  controls: ControlFacts[];
  priorNotice: string | null;
  unsubscribeNotice: string | null;
  /** An unsubscribe notice that also says it costs nothing beyond basic-rate transmission. */
  costFreeObjectionNotice: string | null;
}

/** A rule's title and explanation are UI text: `_locales/<lang>/messages.json`, `rule_<id>_title` and `rule_<id>_text`. */
export interface RuleMeta {
  id: string;
  severity: Severity;
  profiles: readonly ProfileId[];
  /** What the rule rests on; each profile cites its own law for it (`src/core/profiles`). */
  legal: readonly LegalGround[];
}

export interface ControlRule extends RuleMeta {
  scope: 'control';
  check(control: ControlFacts): boolean;
}

/** A rule about one control: each rule file is one of these. */
export const controlRule = (rule: Omit<ControlRule, 'scope'>): ControlRule => ({ ...rule, scope: 'control' });

export interface FormRule extends RuleMeta {
  scope: 'form';
  check(form: FormFacts): boolean;
}

export type Rule = ControlRule | FormRule;
