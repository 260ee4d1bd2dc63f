import type { WidgetKind } from '../types';
import { formOwner } from './form-owner';
import { LabelIndex } from './label-index';
import { innerRootOf, uniqueSelector } from './selector';
import { byTag, take } from './take';
import { WIDGETS } from './widgets/index';
import { attributeOf } from './attribute';

export interface Scope {
  root: Document | DocumentFragment;
  /** Selector prefix reaching this root: `host >>> ` for each shadow root or iframe on the way. */
  prefix: string;
  host: Element | null;
  parent: Scope | null;
  labels: LabelIndex;
}

export interface Candidate {
  element: Element;
  widget: WidgetKind;
  scope: Scope;
  /** For yes/no choices: the option (or option value) that means yes, and the one that means no. */
  yes?: Element;
  no?: Element;
}

export interface Discovery {
  candidates: Candidate[];
  truncated: string[];
}

const MAX_DEPTH = 6;

function childScope(host: Element, scope: Scope): Scope | null {
  const root = innerRootOf(host);
  if (!root) return null;
  return { root, prefix: `${scope.prefix}${uniqueSelector(host, scope.root)} >>> `, host, parent: scope, labels: scope.labels };
}

/**
 * Every checkbox-like control under `start`: native checkboxes, ARIA checkboxes and switches,
 * yes/no radio groups and selects, hidden marketing inputs, inside open shadow roots
 * (also unattached declarative ones) and same-origin iframes.
 */
export function discoverControls(start: Document | Element, maxControls: number): Discovery {
  const rootNode = 'nodeType' in start && start.nodeType === 9 ? (start as Document) : (start as Element).getRootNode() as Document | DocumentFragment;
  const scope: Scope = { root: rootNode, prefix: '', host: null, parent: null, labels: new LabelIndex() };
  const candidates: Candidate[] = [];
  const truncated: string[] = [];
  scan(start, scope, 0, candidates, maxControls, truncated);
  return { candidates, truncated };
}

const CONTROLS = [...new Set(WIDGETS.map((widget) => widget.selector))].join(', ');

type ScanRoot = Document | DocumentFragment | Element;

const documentOrder = (a: Element, b: Element) => (a === b ? 0 : a.compareDocumentPosition(b) & 4 ? -1 : 1);

/**
 * Where other roots open below `start`: open shadow roots (only a look at each element finds
 * them), iframes and declarative shadow roots (templates), in document order.
 */
function rootsBelow(start: ScanRoot): Element[] {
  const hosts: Element[] = [];
  const elements = 'getElementsByTagName' in start ? start.getElementsByTagName('*') : start.querySelectorAll('*');
  const item = elements.item as (index: number) => Element | null;
  for (let i = 0, element = item.call(elements, 0); element; element = item.call(elements, ++i)) {
    if (element.shadowRoot) hosts.push(element);
  }
  const templates = byTag(start, 'template').filter((template) => template.hasAttribute('shadowrootmode'));
  return [...hosts, ...byTag(start, 'iframe'), ...templates].sort(documentOrder);
}

/**
 * Over the limit, controls in a form come first (in page order): a flood of boxes elsewhere on
 * the page cannot push the checkout's own boxes out of the scan.
 */
function keepWithin(found: Element[][], room: number): Element[][] {
  const all = found.flat();
  if (all.length <= room) return found;
  const inForm = new Set(all.filter((element) => formOwner(element) !== null));
  const kept = new Set([...all.filter((element) => inForm.has(element)), ...all.filter((element) => !inForm.has(element))].slice(0, room));
  return found.map((elements) => elements.filter((element) => kept.has(element)));
}

function scan(start: ScanRoot, scope: Scope, depth: number, out: Candidate[], max: number, truncated: string[]): void {
  let kept = WIDGETS.map(() => [] as Element[]);
  const order = new Map<Element, number>();
  for (const element of take(start.querySelectorAll(CONTROLS))) {
    const widget = WIDGETS.findIndex((candidate) => candidate.matches(element));
    if (widget < 0) continue;
    kept[widget]!.push(element);
    order.set(element, order.size);
  }
  const nested: Scope[] = [];
  for (const element of depth < MAX_DEPTH ? rootsBelow(start) : []) {
    const template = element.tagName === 'TEMPLATE';
    const host = template ? element.parentElement : element;
    const inner = host && !(template && host.shadowRoot) ? childScope(host, scope) : null;
    if (inner) nested.push(inner);
  }
  if (out.length + order.size > max) {
    truncated.push(`stopped after ${max} controls`);
    kept = keepWithin(kept, Math.max(0, max - out.length));
  }
  const shown = new Set(WIDGETS.flatMap((widget, i) => (widget.alwaysHidden ? [] : kept[i]!.map((element) => attributeOf(element, 'name')))));
  const found = WIDGETS.flatMap((widget, i) => widget.candidates(kept[i]!, scope, shown));
  out.push(...found.sort((a, b) => order.get(a.element)! - order.get(b.element)!));
  if (truncated.length) return;
  for (const inner of nested) scan(inner.root, inner, depth + 1, out, max, truncated);
}
