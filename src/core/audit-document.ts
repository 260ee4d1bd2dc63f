import type { BlockCache, Container } from './dom/container';
import { containerOf } from './dom/container';
import { inFilterBlock } from './dom/filter-block';
import type { Candidate } from './dom/discover';
import { discoverControls } from './dom/discover';
import { LabelIndex } from './dom/label-index';
import { readableText } from './dom/readable-text';
import { take } from './dom/take';
import { findFormNotices } from './context/form-notices';
import { auditForm } from './report/audit-form';
import type { ScanEnvironment } from './report/scan-environment';
import { worstVerdict } from './report/verdict';
import type { AuditOptions, FormReport, Report } from './types';
import { SCHEMA } from './types';
import { RULESET_VERSION, VERSION } from './version';

// Real forms hold a few dozen controls; a page with thousands is generated or hostile.
const DEFAULT_MAX_CONTROLS = 1000;

function groupByContainer(candidates: Candidate[]): Map<Element, { container: Container; candidates: Candidate[] }> {
  const groups = new Map<Element, { container: Container; candidates: Candidate[] }>();
  const blocks: BlockCache = new Map();
  for (const candidate of candidates) {
    if (inFilterBlock(candidate.element)) continue;
    const container = containerOf(candidate, blocks);
    const group = groups.get(container.element) ?? { container, candidates: [] };
    group.candidates.push(candidate);
    groups.set(container.element, group);
  }
  return groups;
}

/** Forms without any checkbox still matter when they announce marketing (no way to object). */
function addAnnouncingForms(root: Document | Element, page: Document, groups: ReturnType<typeof groupByContainer>, pageLang?: string): void {
  for (const form of take(root.getElementsByTagName('form'), 200)) {
    if (groups.has(form)) continue;
    if (findFormNotices(readableText(form, 20000), pageLang).priorNotice === null) continue;
    groups.set(form, { container: { element: form, scope: { root: page, prefix: '', host: null, parent: null, labels: new LabelIndex() } }, candidates: [] });
  }
}

function pageLanguage(forms: FormReport[], declared: string | undefined): string {
  if (declared) return declared;
  const langs = forms.flatMap((form) => form.controls.filter((c) => c.marketing).map((c) => c.lang));
  return langs[0] ?? 'en';
}

/**
 * The engine's one entry: every checkbox-like control under `root`, grouped by form, each
 * classified and judged, as the report of docs/report-format.md. Pure: reads the DOM, returns data.
 */
export function auditDocument(root: Document | Element, options: AuditOptions = {}): Report {
  const page = root.nodeType === 9 ? (root as Document) : (root as Element).ownerDocument;
  const url = options.url ?? page.URL ?? '';
  const profile = options.profile ?? 'nl';
  const { candidates, truncated } = discoverControls(root, options.maxControls ?? DEFAULT_MAX_CONTROLS);
  const groups = groupByContainer(candidates);
  const declared = (options.lang ?? page.documentElement?.getAttribute('lang') ?? '').slice(0, 2).toLowerCase() || undefined;
  addAnnouncingForms(root, page, groups, declared);
  const env: ScanEnvironment = {
    profile, lang: declared, url, page,
    layout: options.layout, changedByUser: options.changedByUser, visibilityCache: new Map(), nameCounts: new Map(),
  };
  const forms = [...groups.values()].map(({ container, candidates: members }) => auditForm(container, members, env));
  return {
    schema: SCHEMA,
    source: options.source ?? url,
    scannedAt: (options.scannedAt ?? new Date()).toISOString(),
    profile,
    lang: pageLanguage(forms, declared),
    tool: { name: 'vinkje', version: options.toolVersion ?? VERSION, ruleset: RULESET_VERSION },
    verdict: worstVerdict(forms.map((form) => form.verdict)),
    forms,
    truncated,
  };
}
