import { detectContext } from '../context/detect-context';
import { asksForQuote, findFormNotices } from '../context/form-notices';
import { showsSavedAddress } from '../context/saved-address';
import type { Container } from '../dom/container';
import type { Candidate } from '../dom/discover';
import { labelOf } from '../dom/label';
import { readableText } from '../dom/readable-text';
import { uniqueSelector } from '../dom/selector';
import { customerContext, legalRefs } from '../profiles/index';
import { RULES } from '../rules/index';
import type { FormFacts, FormRule, FormSurroundings, RuleMeta } from '../rules/rule';
import type { Finding, FormReport, ProfileId } from '../types';
import { auditControl } from './audit-control';
import { remembered } from './reading-memo';
import { evaluateRequirements } from './requirements';
import { languageOfText } from '../text/detect-language';
import type { ScanEnvironment } from './scan-environment';
import { verdictOfSeverity, worstVerdict } from './verdict';

function finding(rule: RuleMeta, profile: ProfileId, control?: string): Finding {
  const base = { rule: rule.id, severity: rule.severity, legal: legalRefs(rule.legal, profile) };
  return control ? { ...base, control } : base;
}

/** One form (or container): its context, every control, the six conditions and the verdict. */
export function auditForm(container: Container, candidates: Candidate[], env: ScanEnvironment): FormReport {
  const formText = readableText(container.element, 20000);
  const { context, evidence: contextEvidence } = detectContext(container.element, formText, env.page, env.url, env.lang);
  const labels = candidates.map(labelOf);
  // Controls can sit outside their form (`form="…"`), so their labels are read as form text too.
  const noticeText = `${formText} ${labels.join(' . ')}`;
  const notices = remembered(env.memo.notices, `${env.lang}\u0000${noticeText}`, () => findFormNotices(noticeText, env.lang));
  const surroundings: FormSurroundings = {
    ...customerContext(context, env.profile, () => asksForQuote(noticeText, env.lang)),
    unsubscribeAnnounced: notices.unsubscribeNotice !== null,
    costFreeObjectionAnnounced: notices.costFreeObjectionNotice !== null,
    showsSavedAddress: showsSavedAddress(container.element),
  };
  // A page that declares no language: each label is read in its form's language.
  const lang = env.lang ?? languageOfText(formText);
  const audited = candidates.map((candidate, i) => auditControl(candidate, labels[i]!, { ...env, surroundings, lang }));
  const facts: FormFacts = { controls: audited.map((a) => a.facts), ...notices, context: surroundings.context };
  const formRules = RULES.filter((rule): rule is FormRule => rule.scope === 'form' && rule.profiles.includes(env.profile) && rule.check(facts));
  const findings = [
    ...audited.flatMap((a) => a.rules.map((rule) => finding(rule, env.profile, a.report.selector))),
    ...formRules.map((rule) => finding(rule, env.profile)),
  ];
  const controls = audited.map((a) => a.report);
  const formVerdicts = formRules.map((rule) => verdictOfSeverity(rule.severity));
  return {
    selector: container.scope.prefix + uniqueSelector(container.element, container.scope.root, env.nameCounts),
    context,
    contextEvidence,
    verdict: worstVerdict([...controls.map((c) => c.verdict), ...formVerdicts]),
    controls,
    requirements: evaluateRequirements(facts, contextEvidence, env.profile),
    findings,
  };
}
