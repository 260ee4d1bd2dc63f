import { widgetOf } from './widgets/index';
import { ARIA_SWITCH } from './widgets/aria-switch';
import type { Candidate } from './discover';
import { readableText } from './readable-text';
import { attributeOf } from './attribute';
import { TYPED_ENTRY } from './block-not-judged';

const MAX_LABEL = 500;
const ROW_CONTAINERS = 'p,li,tr,td,dd,.form-row,.form-group,.field,.checkbox,.form-check,.control,.custom-control,.choice,div';
const FIELD_SELECTOR = `input:not([type=hidden]),select,textarea,button,${ARIA_SWITCH}`;
/** Another option of the list: its control, or a label that names one. */
const OPTION = `[type=checkbox],[type=radio],label[for],${ARIA_SWITCH}`;
const GENERIC = /^\P{L}*(\p{L}+\P{L}*){0,3}$/u;

function byIds(element: Element, attribute: string, root: Document | DocumentFragment): string {
  const ids = attributeOf(element, attribute).split(/\s+/).filter(Boolean);
  return ids.map((id) => root.getElementById?.(id)).filter((node): node is HTMLElement => !!node)
    .map((node) => readableText(node, MAX_LABEL)).join(' ').trim();
}

function nativeLabels(candidate: Candidate): string {
  const labels = candidate.scope.labels.labelsOf(candidate.element, candidate.scope.root);
  return labels.map((label) => readableText(label, MAX_LABEL)).join(' ').trim();
}

const holds = (element: Element, fields: string) => element.matches(fields) || !!element.querySelector(fields);

/**
 * The text of the nodes beside `element` in one direction, in page order, up to one that holds a
 * field (returned too); `skip` passes over the other options of a list.
 */
function besides(element: Element, direction: 'nextSibling' | 'previousSibling', skip?: string): [string, Node | null] {
  const parts: string[] = [];
  let node = element[direction];
  for (; node && parts.join('').length < MAX_LABEL; node = node[direction]) {
    const block = node.nodeType === 1 ? (node as Element) : null;
    if (skip && block?.matches(skip)) continue;
    if (block && holds(block, FIELD_SELECTOR)) break;
    const text = readableText(node, MAX_LABEL);
    if (text) parts.push(text);
  }
  return [(direction === 'nextSibling' ? parts : parts.reverse()).join(' '), node];
}

/** Text right after (or else right before) the control, up to the next control. */
const adjacentText = (element: Element): string => besides(element, 'nextSibling')[0] || besides(element, 'previousSibling')[0];

/** Whether `row` holds a second field; stops there rather than listing every field of a block of thousands. */
function holdsSeveralFields(row: Element): boolean {
  const walker = row.ownerDocument.createTreeWalker(row, 1);
  let fields = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if ((node as Element).matches(FIELD_SELECTOR) && ++fields > 1) return true;
  }
  return false;
}

/** The smallest surrounding row that holds this control and no other. */
function rowText(element: Element): string {
  let row = element.parentElement?.closest(ROW_CONTAINERS) ?? null;
  for (let depth = 0; row && depth < 3; depth++, row = row.parentElement?.closest(ROW_CONTAINERS) ?? null) {
    if (holdsSeveralFields(row)) return '';
    const text = readableText(row, MAX_LABEL);
    if (text) return text;
  }
  return '';
}

/**
 * The words before a list of options that has no legend (Mailchimp's "Marketing Permissions.
 * Please select all the ways you would like to hear from us:" above "Email", "Direct Mail"):
 * from the control up three blocks inside its form, what comes before it, past the list's other
 * options and their labels. A block that holds options continues the list, so the words are
 * looked for a block higher; a field a person fills in ends the search (a log-in's "Remember me"
 * never takes the newsletter heading above its address field).
 */
function wordsBeforeList(element: Element): string {
  for (let at: Element | null = element, depth = 0; at && depth < 4 && at.tagName !== 'FORM'; at = at.parentElement, depth++) {
    const [text, stop] = besides(at, 'previousSibling', OPTION);
    if (text) return text.length > 200 ? text.slice(-200).replace(/^\S*\s+/, '') : text;
    if (stop && holds(stop as Element, TYPED_ENTRY)) return '';
  }
  return '';
}

function legendOf(element: Element): string {
  const fieldset = element.closest('fieldset');
  const legend = fieldset?.querySelector('legend');
  if (legend) {
    // The legend names the question; a paragraph under it may say it whole ("Consenso a terzi" above "Acconsento … a società partner").
    const named = readableText(legend, 200);
    const before = wordsBeforeList(element);
    return before.includes(named) ? before : named;
  }
  const group = element.closest('[role=radiogroup],[role=group]');
  return (group && (readableText(group, 200, (child) => child.matches('label, input')) || attributeOf(group, 'aria-label'))) || wordsBeforeList(element);
}

function ownText(candidate: Candidate): string {
  const { element, scope } = candidate;
  if (attributeOf(element, 'type') === 'hidden') {
    return `${element.getAttribute('name')}=${element.getAttribute('value')}`;
  }
  return (
    byIds(element, 'aria-labelledby', scope.root) ||
    nativeLabels(candidate) ||
    attributeOf(element, 'aria-label').trim() ||
    attributeOf(element, 'title').trim() ||
    adjacentText(element) ||
    rowText(element)
  );
}

/** A label of a few words without a sentence: a facet's value ("Sale", "Rood (12)") or a bare answer ("Ja"). */
export const hasBareLabel = (candidate: Candidate): boolean => GENERIC.test(ownText(candidate));

/**
 * What a person reads for the control. Short answers ("Ja", "Nee", "Graag") and yes/no
 * choices get their question: the fieldset legend or radio group name.
 */
export function labelOf(candidate: Candidate): string {
  const own = ownText(candidate);
  const needsQuestion = widgetOf(candidate.widget).type === 'radio' || GENERIC.test(own);
  if (!needsQuestion) return own;
  const question = candidate.widget === 'select' && !own ? rowText(candidate.element) : legendOf(candidate.element);
  return question && !own.includes(question) ? `${question.replace(/[\s:]+$/, '')}: ${own}`.replace(/:\s*$/, '') : own;
}
