import type { BlockCache, Container } from './container';
import { containerOf } from './container';
import { inConsentManager, inFilterBlock } from './block-not-judged';
import { isFacetForm, signsNobodyUp } from './facet-form';
import type { Candidate } from './discover';
import { LabelIndex } from './label-index';
import { readableText } from './readable-text';
import { byTag } from './take';
import { findFormNotices } from '../context/form-notices';

/** One form (or the block that acts as one) and the controls it is judged by. */
export interface FormGroup {
  container: Container;
  candidates: Candidate[];
}

/** Controls grouped by their form or block, in the order of each group's first control; filter sidebars, cookie dialogs and facet forms left out. */
export function groupByContainer(candidates: readonly Candidate[]): Map<Element, FormGroup> {
  const groups = new Map<Element, FormGroup>();
  const blocks: BlockCache = new Map();
  const filterBlocks = new Map<Element, boolean>();
  for (const candidate of candidates) {
    if (inFilterBlock(candidate.element, filterBlocks)) continue;
    const container = containerOf(candidate, blocks);
    const group = groups.get(container.element) ?? { container, candidates: [] };
    group.candidates.push(candidate);
    groups.set(container.element, group);
  }
  for (const [element, group] of groups) {
    const judged = isFacetForm(group) ? [] : group.candidates.filter((candidate) => !inConsentManager(candidate.element));
    if (judged.length) group.candidates = judged;
    else groups.delete(element);
  }
  return groups;
}

/**
 * A form without any control still matters when it announces marketing (no way to object); one
 * that only changes the page's query (a search, a filter) signs nobody up.
 */
export function announcingForm(form: Element, page: Document, pageLang?: string): FormGroup | null {
  if (signsNobodyUp(form) || findFormNotices(readableText(form, 20000), pageLang).priorNotice === null) return null;
  return { container: { element: form, scope: { root: page, prefix: '', host: null, parent: null, labels: new LabelIndex() } }, candidates: [] };
}

/** Adds the announcing forms under `root` that hold no control, after the groups with controls. */
export function addAnnouncingForms(root: Document | Element, page: Document, groups: Map<Element, FormGroup>, pageLang?: string): void {
  for (const form of byTag(root, 'form', 200)) {
    if (groups.has(form)) continue;
    const group = announcingForm(form, page, pageLang);
    if (group) groups.set(form, group);
  }
}
