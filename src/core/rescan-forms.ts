import { auditDocument, auditGroup, pageReport } from './audit-document';
import { discoverControls } from './dom/discover';
import type { FormGroup } from './dom/group-controls';
import { announcingForm, groupByContainer } from './dom/group-controls';
import { resolveSelector } from './dom/selector';
import { scanEnvironment } from './report/scan-environment';
import type { AuditedForm, ScannedPage } from './report/scanned-forms';
import { scanOf } from './report/scanned-forms';
import type { AuditOptions, Report } from './types';
import { AUTO_PROFILE } from './types';

const UNBOUNDED = Number.MAX_SAFE_INTEGER;

const elementOf = (node: Node): Element | null => (node.nodeType === 1 ? (node as Element) : node.parentElement);

/** Changes the rescan can place: in the scanned document itself, not in a shadow root or frame. */
function placeable(changed: readonly Element[], scanned: ScannedPage): boolean {
  return scanned.root === scanned.page && changed.every((element) => element.getRootNode() === scanned.page);
}

const within = (element: Element, roots: readonly Element[]) => roots.some((root) => root.contains(element));
const overlaps = (element: Element, roots: readonly Element[]) => roots.some((root) => root.contains(element) || element.contains(root));

function outermost(elements: Iterable<Element>): Element[] {
  const unique = [...new Set(elements)];
  return unique.filter((element) => !unique.some((other) => other !== element && other.contains(element)));
}

/**
 * The subtrees to read again: each change's form (or the changed element when it is in none),
 * every audited form a change touches, widened until each control's form or block lies inside one.
 */
function groupsAround(changed: readonly Element[], previous: readonly AuditedForm[]): { roots: Element[]; groups: FormGroup[] } {
  const touched = previous
    .filter(({ group }) => group.container.element.isConnected)
    .filter(({ group }) => overlaps(group.container.element, changed) || group.candidates.some((candidate) => within(candidate.element, changed)))
    .map(({ group }) => group.container.element);
  let roots = outermost([...changed.map((element) => element.closest('form') ?? element), ...touched]);
  for (;;) {
    const groups = roots.flatMap((root) => [...groupByContainer(discoverControls(root, UNBOUNDED).candidates).values()]);
    const wider = groups.map((group) => group.container.element).filter((container) => !within(container, roots));
    if (!wider.length) return { roots, groups };
    roots = outermost([...roots, ...wider]);
  }
}

/** The forms under `roots` that hold no control but announce marketing. */
function announcingFormsUnder(roots: readonly Element[], groups: readonly FormGroup[], page: Document, pageLang?: string): FormGroup[] {
  const grouped = new Set(groups.map((group) => group.container.element));
  const forms = roots.flatMap((root) => [...(root.tagName === 'FORM' ? [root] : []), ...Array.from(root.getElementsByTagName('form'))]);
  return forms.filter((form) => !grouped.has(form)).flatMap((form) => announcingForm(form, page, pageLang) ?? []);
}

/** Where a full scan lists a form: by its first control in document order (frames and shadow roots last), then announcing forms. */
function fullScanOrder(a: AuditedForm, b: AuditedForm): number {
  const [first, second] = [a.group.candidates[0], b.group.candidates[0]];
  if (!first || !second) return (first ? 0 : 1) - (second ? 0 : 1) || documentOrder(a.group.container.element, b.group.container.element);
  const [nestedA, nestedB] = [first.scope.prefix !== '', second.scope.prefix !== ''];
  if (nestedA || nestedB) return Number(nestedA) - Number(nestedB);
  return documentOrder(first.element, second.element);
}

/** A control of the group names its form (`form="…"`): a change to either can move it between forms. */
const submitsFromAfar = (group: FormGroup) =>
  group.candidates.some(({ element, yes, no }) => [element, yes, no].some((control) => control?.hasAttribute('form')));

const documentOrder = (a: Element, b: Element) => (a === b ? 0 : a.compareDocumentPosition(b) & 4 ? -1 : 1);

/** A kept form's selectors still find its elements, and only them (a change elsewhere can shift a path or share a name). */
function selectorsHold({ group, report }: AuditedForm, page: Document): boolean {
  const names = (selector: string, element: Element) =>
    resolveSelector(page, selector) === element && (!selector.includes('[name=') || selector.includes(' >>> ') || page.querySelectorAll(selector).length === 1);
  return names(report.selector, group.container.element) && group.candidates.every((candidate, i) => names(report.controls[i]!.selector, candidate.element));
}

/**
 * The report after DOM changes, reading again only the forms the changes touch: `changed` are
 * the nodes whose attributes, text or children changed (`MutationRecord.target`). The other forms
 * keep their reports; what lies outside every form (page headings, prices) is read again by the
 * next full scan. Falls back to `auditDocument` for a report it did not make (a copy), a truncated
 * one, another profile choice, or changes it cannot place (in shadow roots or frames, near controls owned by a distant form).
 */
export function rescanForms(previous: Report, changed: readonly Node[], options: AuditOptions = {}): Report {
  const scanned = scanOf(previous);
  const elements = changed.filter((node) => node.isConnected).flatMap((node) => elementOf(node) ?? []);
  if (!scanned) {
    const page = elements[0]?.ownerDocument;
    return page ? auditDocument(page, options) : previous;
  }
  if (!elements.length) return previous;
  const fullScan = () => auditDocument(scanned.root, options);
  // The same choice as the report's ("auto" or a profile): the kept forms were judged by it.
  const sameChoice = (options.profile ?? AUTO_PROFILE) === previous.profileReason.chosen;
  if (!sameChoice || previous.truncated.length || !placeable(elements, scanned)) return fullScan();
  const env = scanEnvironment(scanned.page, options, { profile: previous.profile, reason: previous.profileReason }, scanned.memo);
  const { roots, groups } = groupsAround(elements, scanned.forms);
  if ([...scanned.forms.map(({ group }) => group), ...groups].some(submitsFromAfar)) return fullScan();
  const kept = scanned.forms.filter(({ group }) => group.container.element.isConnected && !within(group.container.element, roots));
  if (!kept.every((form) => selectorsHold(form, scanned.page))) return fullScan();
  const fresh = [...groups, ...announcingFormsUnder(roots, groups, scanned.page, env.lang)].map((group) => auditGroup(group, env));
  return pageReport(scanned.root, [...kept, ...fresh].sort(fullScanOrder), env, options, []);
}
