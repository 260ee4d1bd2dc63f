import type { Candidate, Scope } from './discover';
import { formOwner } from './form-owner';
import { signupBlockSelector } from '../lexicons/any-language';

export interface Container {
  element: Element;
  scope: Scope;
}

/** Ancestors searched for a block that sends: nesting deeper than this is generated or hostile markup. */
const MAX_BLOCK_LEVELS = 40;
const SENSIBLE = '[role=form],fieldset,section,article,aside,footer,dialog,main';
const SUBMIT_LIKE = 'button:not([type=reset]),input[type=submit],input[type=image],[role=button]';
const FIELDS = 'input:not([type=hidden]):not([type=checkbox]):not([type=radio]),select,textarea';

/** The control itself, then each shadow or iframe host around it, outwards. */
function* outwards(candidate: Candidate): Generator<Container> {
  let element: Element | null = candidate.element;
  for (let scope: Scope | null = candidate.scope; scope && element; element = scope.host, scope = scope.parent) {
    yield { element, scope };
  }
}

const isSensible = (element: Element) => element.matches(`${SENSIBLE}, ${signupBlockSelector()}`);
const submits = (element: Element) => element.querySelector(SUBMIT_LIKE) !== null;
/** A checkout step without a <form>: fields and the button that sends them. */
const actsAsForm = (element: Element) => submits(element) && element.querySelector(FIELDS) !== null;

function findBlock(parent: Element | null): Element | null {
  let nearestSensible: Element | null = null;
  let levels = 0;
  for (let block = parent; block && levels++ < MAX_BLOCK_LEVELS && !/^(BODY|HTML)$/.test(block.tagName); block = block.parentElement) {
    const sensible = isSensible(block);
    if (sensible && submits(block)) return block;
    if (!sensible && actsAsForm(block)) return block;
    if (sensible) nearestSensible ??= block;
  }
  return nearestSensible;
}

/** The block found above each parent element in one audit: siblings share it (a page of 100 000 boxes asks once). */
export type BlockCache = Map<Element, Element | null>;

/**
 * Without a <form>, the nearest block that sends something: a sensible container (fieldset,
 * section, footer, sign-up block) holding a submit-like button, or a step with fields and a
 * button. So the context, notices and verdict come from where the person clicks.
 */
function blockAround(element: Element, cache: BlockCache): Element | null {
  const parent = element.parentElement;
  if (!parent) return null;
  if (!cache.has(parent)) cache.set(parent, findBlock(parent));
  return cache.get(parent)!;
}

/** The form a control belongs to; without a <form>, the block around it; else the page body. */
export function containerOf(candidate: Candidate, blocks: BlockCache): Container {
  const levels = [...outwards(candidate)];
  for (const { element, scope } of levels) {
    const form = formOwner(element);
    if (form) return { element: form, scope };
  }
  for (const { element, scope } of levels) {
    const block = blockAround(element, blocks);
    if (block) return { element: block, scope };
  }
  const top = levels[levels.length - 1]!;
  const page = top.element.ownerDocument;
  return { element: page.body ?? page.documentElement, scope: top.scope };
}
