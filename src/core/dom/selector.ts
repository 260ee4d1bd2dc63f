import { byTag } from './take';
import { attributeOf } from './attribute';

/** An identifier that needs no escape: the usual id, checked before going character by character. */
const PLAIN_IDENTIFIER = /^(?!-$)[A-Za-z_-][\w-]*$/;

/** CSS.escape for identifiers, written out because the engine may not touch globals. */
function cssEscape(value: string): string {
  if (PLAIN_IDENTIFIER.test(value)) return value;
  return Array.from(value)
    .map((char, index) => {
      const code = char.codePointAt(0)!;
      if (code === 0) return '\ufffd';
      if ((code >= 0x01 && code <= 0x1f) || code === 0x7f) return `\\${code.toString(16)} `;
      if (index === 0 && /[0-9]/.test(char)) return `\\${code.toString(16)} `;
      if (index === 0 && char === '-' && value.length === 1) return '\\-';
      if (/[a-zA-Z0-9_\-\u0080-\uffff]/.test(char)) return char;
      return `\\${char}`;
    })
    .join('');
}

type SelectorRoot = Document | DocumentFragment;

function nthOfType(element: Element): string {
  let index = 1;
  for (let sibling = element.previousElementSibling; sibling; sibling = sibling.previousElementSibling) {
    if (sibling.tagName === element.tagName) index++;
  }
  return `${element.tagName.toLowerCase()}:nth-of-type(${index})`;
}

/** How often each tag+name occurs in a root, counted once per audit instead of once per control. */
export type NameCounts = Map<SelectorRoot, Map<string, number>>;

// Selectors by name are only written for form fields, so only those are counted.
const NAMED_TAGS = ['input', 'select', 'textarea', 'button', 'form', 'iframe'];

function namedElements(root: SelectorRoot): Element[] {
  return NAMED_TAGS.flatMap((tag) => byTag(root, tag)).filter((element) => element.hasAttribute('name'));
}

function nameCount(key: string, root: SelectorRoot, counts: NameCounts): number {
  let perRoot = counts.get(root);
  if (!perRoot) {
    perRoot = new Map();
    for (const named of namedElements(root)) {
      const namedKey = `${named.tagName}|${named.getAttribute('name')}`;
      perRoot.set(namedKey, (perRoot.get(namedKey) ?? 0) + 1);
    }
    counts.set(root, perRoot);
  }
  return perRoot.get(key) ?? 0;
}

function uniqueAttributeSelector(element: Element, root: SelectorRoot, counts: NameCounts): string | null {
  const id = attributeOf(element, 'id');
  if (id && root.getElementById?.(id) === element) return `#${cssEscape(id)}`;
  const name = attributeOf(element, 'name');
  if (!name || !NAMED_TAGS.includes(element.tagName.toLowerCase()) || nameCount(`${element.tagName}|${name}`, root, counts) !== 1) return null;
  return `${element.tagName.toLowerCase()}[name="${name.replace(/["\\]/g, '\\$&')}"]`;
}

/** A selector that finds exactly `element` from `root`: an id or name when unique, else a path. */
export function uniqueSelector(element: Element, root: SelectorRoot, counts: NameCounts = new Map()): string {
  const path: string[] = [];
  for (let current: Element | null = element; current; current = current.parentElement) {
    const unique = uniqueAttributeSelector(current, root, counts);
    if (unique) {
      path.unshift(unique);
      return path.join(' > ');
    }
    if (current.tagName === 'HTML' || (current.tagName === 'BODY' && !current.parentElement?.parentElement)) {
      path.unshift(current.tagName.toLowerCase());
      return path.join(' > ');
    }
    path.unshift(current.parentElement ? nthOfType(current) : current.tagName.toLowerCase());
  }
  return path.join(' > ');
}

/** The root inside a host: its shadow root, an unattached declarative one, or an iframe's document. */
export function innerRootOf(host: Element): SelectorRoot | null {
  if (host.shadowRoot) return host.shadowRoot;
  if (host.tagName === 'IFRAME') {
    try {
      return (host as HTMLIFrameElement).contentDocument;
    } catch {
      return null;
    }
  }
  const template = Array.from(host.children).find((child) => child.matches('template[shadowrootmode]'));
  return template ? (template as HTMLTemplateElement).content : null;
}

/** Finds the element of a report selector, following ` >>> ` into shadow roots and iframes. */
export function resolveSelector(root: Document, selector: string): Element | null {
  const segments = selector.split(' >>> ');
  let scope: SelectorRoot | null = root;
  let found: Element | null = null;
  for (const [index, segment] of segments.entries()) {
    if (!scope) return null;
    try {
      found = scope.querySelector(segment);
    } catch {
      return null;
    }
    if (!found) return null;
    if (index < segments.length - 1) scope = innerRootOf(found);
  }
  return found;
}
