import { discoverControls } from './dom/discover';
import type { FormGroup } from './dom/group-controls';
import { addAnnouncingForms, groupByContainer } from './dom/group-controls';
import { auditForm } from './report/audit-form';
import type { ScanEnvironment } from './report/scan-environment';
import { scanEnvironment } from './report/scan-environment';
import type { AuditedForm } from './report/scanned-forms';
import { rememberScan } from './report/scanned-forms';
import { worstVerdict } from './report/verdict';
import type { AuditOptions, FormReport, Report } from './types';
import { SCHEMA } from './types';
import { RULESET_VERSION, VERSION } from './version';

// Real forms hold a few dozen controls; a page with thousands is generated or hostile.
const DEFAULT_MAX_CONTROLS = 1000;

function pageLanguage(forms: FormReport[], declared: string | undefined): string {
  if (declared) return declared;
  const langs = forms.flatMap((form) => form.controls.filter((c) => c.marketing).map((c) => c.lang));
  return langs[0] ?? 'en';
}

export const pageOf = (root: Document | Element): Document => (root.nodeType === 9 ? (root as Document) : (root as Element).ownerDocument);

export function auditGroup(group: FormGroup, env: ScanEnvironment): AuditedForm {
  return { group, report: auditForm(group.container, group.candidates, env) };
}

/** The report of audited forms; remembers their elements for `rescanForms`. */
export function pageReport(root: Document | Element, audited: AuditedForm[], env: ScanEnvironment, options: AuditOptions, truncated: string[]): Report {
  const forms = audited.map((form) => form.report);
  const report: Report = {
    schema: SCHEMA,
    source: options.source ?? env.url,
    scannedAt: (options.scannedAt ?? new Date()).toISOString(),
    profile: env.profile,
    profileReason: env.profileReason,
    lang: pageLanguage(forms, env.lang),
    tool: { name: 'vinkje', version: options.toolVersion ?? VERSION, ruleset: RULESET_VERSION },
    verdict: worstVerdict(forms.map((form) => form.verdict)),
    forms,
    truncated,
  };
  return rememberScan(report, { root, page: env.page, forms: audited, memo: env.memo });
}

/**
 * The engine's one entry: every checkbox-like control under `root`, grouped by form, each
 * classified and judged, as the report of docs/report-format.md. Pure: reads the DOM, returns data.
 */
export function auditDocument(root: Document | Element, options: AuditOptions = {}): Report {
  const env = scanEnvironment(pageOf(root), options);
  const { candidates, truncated } = discoverControls(root, options.maxControls ?? DEFAULT_MAX_CONTROLS);
  const groups = groupByContainer(candidates);
  addAnnouncingForms(root, env.page, groups, env.lang);
  const audited = [...groups.values()].map((group) => auditGroup(group, env));
  return pageReport(root, audited, env, options, truncated);
}
