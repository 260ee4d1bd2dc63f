import { accessibleName } from '../dom/accessible-name';
import { readableText } from '../dom/readable-text';
import { attributeOf } from '../dom/attribute';

export interface FormParts {
  buttons: string[];
  headings: string[];
  fields: Element[];
}

const SHOW_ELEMENT = 1;
const MAX_FIELDS = 300;
const MAX_TEXTS = 8;
const HEADINGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LEGEND']);

function isButton(element: Element): boolean {
  if (element.tagName === 'BUTTON' || attributeOf(element, 'role') === 'button') return true;
  return element.tagName === 'INPUT' && /^(submit|button|image)$/i.test(attributeOf(element, 'type'));
}


/** One walk over a form for the signals of its context: button texts, headings and fields. */
export function formParts(form: Element): FormParts {
  const parts: FormParts = { buttons: [], headings: [], fields: [] };
  const walker = form.ownerDocument.createTreeWalker(form, SHOW_ELEMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const element = node as Element;
    if (isButton(element)) {
      if (parts.buttons.length < MAX_TEXTS) parts.buttons.push(accessibleName(element));
    } else if (HEADINGS.has(element.tagName)) {
      if (parts.headings.length < MAX_TEXTS) parts.headings.push(readableText(element, 80));
    } else if (/^(INPUT|TEXTAREA|SELECT)$/.test(element.tagName) && parts.fields.length < MAX_FIELDS) {
      parts.fields.push(element);
    }
  }
  return { buttons: parts.buttons.filter(Boolean), headings: parts.headings.filter(Boolean), fields: parts.fields };
}
