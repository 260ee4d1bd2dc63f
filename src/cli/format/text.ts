import type { ControlReport, FormReport, Report, RequirementId } from '../../core/types';
import type { Translate } from '../../shared-ui/messages';
import { findingTitle } from '../../shared-ui/render/explain';
import { VERDICT_STYLE } from '../../shared-ui/verdict-style';
import type { Palette } from './colors';
import { REQUIREMENT_ORDER } from '../../shared-ui/requirement-order';

const CONDITION_NAMES: Record<RequirementId, string> = {
  customerRelation: 'customer', ownProducts: 'own products', relatedProducts: 'related products',
  priorNotice: 'prior notice', objection: 'objection', unsubscribeNotice: 'unsubscribe notice',
};
const STATUS = { met: 'met', 'not-met': 'NOT MET', unknown: 'not visible', 'not-applicable': 'n/a' } as const;

/** Why `auto` chose this profile: " (auto: .de, de-DE, EUR)"; nothing when the person chose it. */
function autoReason({ profileReason }: Report): string {
  if (profileReason.chosen !== 'auto') return '';
  return ` (auto: ${profileReason.signals.map((signal) => signal.quote).join(', ') || 'no country on the page'})`;
}

const clip = (text: string, width: number) => (text.length > width ? `${text.slice(0, width - 1)}…` : text);
// Page text goes to a terminal: control characters could move the cursor or recolour the screen.
const safe = (text: string) => text.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');

function controlLines(control: ControlReport, form: FormReport, colors: Palette, t: Translate): string[] {
  const box = control.checked ? '[x]' : '[ ]';
  const what = control.marketing ? [control.kind, control.thirdParty ? 'partners' : '', control.hidden ? 'hidden' : '', control.disabled ? 'disabled' : '', control.required ? 'required' : ''].filter(Boolean).join(', ') : 'not marketing';
  const head = `    ${colors.verdict(control.verdict, VERDICT_STYLE[control.verdict].symbol)} ${box} ${clip(safe(control.label), 70).padEnd(70)} ${colors.dim(what)}`;
  const findings = form.findings.filter((f) => f.control === control.selector && f.severity !== 'info')
    .map((f) => `        ${colors.dim(`${f.rule}:`)} ${findingTitle(f, t)}`);
  return [head, `        ${colors.dim(safe(control.selector))}`, ...findings];
}

function formLines(form: FormReport, colors: Palette, t: Translate): string[] {
  const conditions = REQUIREMENT_ORDER.map((id) => `${CONDITION_NAMES[id]} ${STATUS[form.requirements[id].status]}`).join(' · ');
  const formFindings = form.findings.filter((f) => !f.control).map((f) => `    ${colors.verdict('non-compliant', VERDICT_STYLE['non-compliant'].symbol)} ${f.rule}: ${findingTitle(f, t)}`);
  return [
    `  ${colors.bold(`form ${safe(form.selector)}`)}  ${form.context}  ${colors.verdict(form.verdict, form.verdict.toUpperCase())}`,
    ...form.controls.flatMap((control) => controlLines(control, form, colors, t)),
    ...formFindings,
    form.verdict === 'no-marketing' ? '' : `    ${colors.dim(`conditions: ${conditions}`)}`,
  ].filter(Boolean);
}

/** A report as a readable terminal table: one block a form, one line a control. */
export function formatText(reports: Report[], colors: Palette, t: Translate): string {
  return reports.map((report) => [
    `${colors.bold(safe(report.source))}  ${colors.verdict(report.verdict, report.verdict.toUpperCase())}  ${colors.dim(`profile ${report.profile}${safe(autoReason(report))}, ${report.forms.length} form(s)`)}`,
    ...(report.forms.length ? report.forms.flatMap((form) => formLines(form, colors, t)) : ['  no checkbox-like controls found']),
    ...report.truncated.map((note) => `  ${colors.verdict('needs-review', 'incomplete:')} ${note}`),
  ].join('\n')).join('\n\n') + (reports.length > 1 ? `\n\n${summaryLine(reports)}` : '') + '\n';
}

function summaryLine(reports: Report[]): string {
  const counts = new Map<string, number>();
  for (const report of reports) counts.set(report.verdict, (counts.get(report.verdict) ?? 0) + 1);
  return `${reports.length} pages: ${[...counts].map(([verdict, count]) => `${count} ${verdict}`).join(', ')}`;
}
