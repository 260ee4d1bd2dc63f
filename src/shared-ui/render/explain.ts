import type { ContextSignal, Finding, FormReport, Report, RequirementId } from '../../core/types';
import { label } from '../label';
import type { Translate } from '../messages';

// The report carries ids; these put them into the reader's words (`_locales`).

const messageKey = (ruleId: string, part: 'title' | 'text') => `rule_${ruleId.replace(/-/g, '_')}_${part}`;

export const findingTitle = (finding: Finding, t: Translate) => t(messageKey(finding.rule, 'title'));
export const findingText = (finding: Finding, t: Translate) => t(messageKey(finding.rule, 'text'));

/** "knop “Bestelling plaatsen”; prijs “€ 24,95”". */
export function describeSignals(signals: readonly ContextSignal[], t: Translate): string {
  return signals.map(({ signal, quote }) => (quote === undefined ? t(`signal_${signal}`) : `${t(`signal_${signal}`)} “${quote}”`)).join('; ');
}

/** A condition's evidence as shown: the customer relation names what told the context ("button …"). */
export function requirementEvidence(form: FormReport, id: RequirementId, t: Translate): string {
  if (id === 'customerRelation' && form.contextEvidence.length) return describeSignals(form.contextEvidence, t);
  const { status, evidence } = form.requirements[id];
  // Only a profile that wants the no-cost notice (de) finds the unsubscribe notice not met.
  if (id === 'unsubscribeNotice' && status === 'not-met') return evidence ? t('req_unsubscribeNotice_noCost', [evidence]) : t('req_unsubscribeNotice_noCostMissing');
  return evidence;
}

/** The report with each finding's `message` in the reader's language: the JSON the CLI and the exports print. */
export function withMessages(report: Report, t: Translate): Report {
  return {
    ...report,
    forms: report.forms.map((form) => ({
      ...form,
      findings: form.findings.map((finding) => ({ ...finding, message: findingText(finding, t) })),
    })),
  };
}

/** Which law the report judged by, and why: "Judged under Germany (UWG §7), …: .de, de-DE, EUR". */
export function profileSentence(report: Report, t: Translate): string {
  const profile = label(t, 'profile', report.profile);
  const { chosen, signals } = report.profileReason;
  if (chosen !== 'auto') return t('profileReasonChosen', [profile]);
  return signals.length ? t('profileReasonAuto', [profile, signals.map((s) => s.quote).join(', ')]) : t('profileReasonUnknown', [profile]);
}
