import { readableText } from '../dom/readable-text';
import { attributeOf } from '../dom/attribute';

const HEADING = /^H[1-6]$/;
/** Text beyond these belongs to another part of the page (the product above a footer form). */
const BOUNDARY = /^(BODY|HTML|FOOTER|ASIDE|MAIN|SECTION|ARTICLE|HEADER|NAV|DIALOG)$/;
const MAX_LEVELS = 3;
const MAX_SIBLINGS = 2;
const SHORT = 160;

/** A heading, or a short line of text (an intro such as "Get 10 % off your first order"). */
function introOf(element: Element): string | null {
  if (HEADING.test(element.tagName) || attributeOf(element, 'role') === 'heading') return readableText(element, 80);
  if (element.getElementsByTagName('input').length || element.getElementsByTagName('form').length) return null;
  const text = readableText(element, SHORT + 1);
  return text && text.length <= SHORT ? text : null;
}

/**
 * The headings and short texts just before a form, outwards a few levels: themes put a
 * newsletter form's heading beside the form, not inside it (Dawn, PrestaShop, Magento footers).
 */
export function textBefore(form: Element): string[] {
  const texts: string[] = [];
  let current: Element | null = form;
  for (let level = 0; current && level < MAX_LEVELS && !BOUNDARY.test(current.tagName); level++, current = current.parentElement) {
    let sibling = current.previousElementSibling;
    for (let n = 0; sibling && n < MAX_SIBLINGS; n++, sibling = sibling.previousElementSibling) {
      const intro = introOf(sibling);
      if (intro) texts.push(intro);
    }
    if (texts.length) return texts;
  }
  return texts;
}

const LANDMARKS = 'footer,aside,[role=contentinfo],[role=complementary]';

/** A footer or sidebar: what the page's main headings and prices say is not about this form. */
export const landmarkOf = (form: Element): Element | null => form.closest(LANDMARKS);

/** The form's own id, class and action, spelled as words (`ContactFooter` → "Contact Footer"). */
export function formNameWords(form: Element): string {
  const raw = ['id', 'class', 'action'].map((name) => attributeOf(form, name)).join(' ');
  return raw.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/^[a-z]+:\/\/[^/]+/i, '').replace(/[-_/?=&.#[\]]+/g, ' ').trim();
}
