import { escapeMarkdown } from '../escape';
import type { ControlReport, FormReport, Report } from '../../core/types';
import { controlCase } from '../control-case';
import { defaultState } from '../default-state';
import { formatDate } from '../intl-format';
import { label } from '../label';
import type { Translate } from '../messages';
import { REQUIREMENT_ORDER } from '../requirement-order';
import { findingText, findingTitle, profileSentence, requirementEvidence } from './explain';


function controlLines(control: ControlReport, form: FormReport, t: Translate): string[] {
  const findings = form.findings.filter((finding) => finding.control === control.selector);
  return [
    `#### “${escapeMarkdown(control.label)}” — ${label(t, 'verdict', control.verdict)}`,
    `- ${t('fieldDefault')}: ${defaultState(control, t)}`,
    ...(control.kind ? [`- ${t('fieldKind')}: ${label(t, 'kind', control.kind)}`] : []),
    `- ${t('fieldSender')}: ${t(control.thirdParty ? 'sender_thirdParty' : 'sender_own')}`,
    `- ${label(t, 'means', controlCase(control))}`,
    ...findings.map((f) => `- **${escapeMarkdown(findingTitle(f, t))}** ${escapeMarkdown(findingText(f, t))} (${t('legalLabel')}: ${escapeMarkdown(f.legal.join('; '))})`),
    '',
  ];
}

function formLines(form: FormReport, t: Translate): string[] {
  const checklist = REQUIREMENT_ORDER.map((id) => {
    const { status } = form.requirements[id];
    const evidence = requirementEvidence(form, id, t);
    return `- ${t(`req_${id}`)}: **${label(t, 'status', status)}**${evidence ? ` — ${escapeMarkdown(evidence)}` : ''}`;
  });
  return [
    `## ${t('formHeading', [label(t, 'context', form.context)])} — ${label(t, 'verdict', form.verdict)}`,
    '',
    `### ${t('checklistHeading')}`,
    ...checklist,
    '',
    `### ${t('controlsHeading')}`,
    ...form.controls.filter((control) => control.marketing).flatMap((control) => controlLines(control, form, t)),
  ];
}

/** The report as a Markdown document in the UI language, for pasting into a review ticket. */
export function reportToMarkdown(report: Report, t: Translate, lang: string): string {
  const time = formatDate(report.scannedAt, lang);
  return [
    `# ${t('reportTitle', [escapeMarkdown(report.source)])}`,
    '',
    `- ${t('sourceLabel')}: ${escapeMarkdown(report.source)}`,
    `- ${t('scannedMeta', [time, report.tool.version, label(t, 'profile', report.profile)])}`,
    `- ${escapeMarkdown(profileSentence(report, t))}`,
    `- ${t('pageVerdict')}: **${label(t, 'verdict', report.verdict)}**`,
    '',
    ...report.forms.filter((form) => form.verdict !== 'no-marketing').flatMap((form) => formLines(form, t)),
  ].join('\n');
}
