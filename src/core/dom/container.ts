import type { Candidate, Scope } from './discover';
import { formOwner } from './form-owner';
import { signupBlockSelector } from '../lexicons/any-language';

export interface Container {
  element: Element;
  scope: Scope;
}

const SENSIBLE = '[role=form], fieldset, section, article, aside, footer, dialog, main';


/** The control itself, then each shadow or iframe host around it, outwards. */
function* outwards(candidate: Candidate): Generator<Container> {
  let element: Element | null = candidate.element;
  for (let scope: Scope | null = candidate.scope; scope && element; element = scope.host, scope = scope.parent) {
    yield { element, scope };
  }
}

/** The form a control belongs to; without a <form>, the nearest sensible container; else the page body. */
export function containerOf(candidate: Candidate): Container {
  const levels = [...outwards(candidate)];
  for (const { element, scope } of levels) {
    const form = formOwner(element);
    if (form) return { element: form, scope };
  }
  for (const { element, scope } of levels) {
    const sensible = element.closest(`${SENSIBLE}, ${signupBlockSelector()}`);
    if (sensible) return { element: sensible, scope };
  }
  const top = levels[levels.length - 1]!;
  const page = top.element.ownerDocument;
  return { element: page.body ?? page.documentElement, scope: top.scope };
}
