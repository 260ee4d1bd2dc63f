import { collapseWhitespace } from '../text/normalize';

const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SELECT', 'TEXTAREA', 'SVG', 'svg', 'IFRAME', 'OBJECT']);
const TEXT_NODE = 3;
const ELEMENT_NODE = 1;
const MAX_NODES = 5000;

/** The node after `current` in document order, not entering `current`'s children, never leaving `root`. */
function nextOutside(current: Node, root: Node): Node | null {
  let node: Node | null = current;
  while (node && node !== root && !node.nextSibling) node = node.parentNode;
  return node && node !== root ? node.nextSibling : null;
}

/**
 * Reads the text inside `node` part by part, in document order; `onGrow` may stop the reading
 * early by returning true. Walks by sibling links: a `childNodes` list per element costs more.
 */
function readParts(node: Node, limit: number, skip: ((element: Element) => boolean) | undefined, onGrow?: (parts: string[]) => boolean): string[] {
  const parts: string[] = [];
  let length = 0;
  let visited = 0;
  let current: Node | null = node;
  while (current && length < limit && visited++ < MAX_NODES) {
    let enter: boolean = current === node;
    if (current.nodeType === TEXT_NODE) {
      const text = current.nodeValue ?? '';
      parts.push(text);
      length += text.length;
      if (onGrow?.(parts)) break;
    } else if (current.nodeType === ELEMENT_NODE && current !== node) {
      const element = current as Element;
      enter = !SKIPPED.has(element.tagName) && !skip?.(element);
      if (enter && (element.tagName === 'BR' || element.tagName === 'P' || element.tagName === 'LI')) parts.push(' ');
    }
    current = enter && current.firstChild ? current.firstChild : nextOutside(current, node);
  }
  return parts;
}

function joined(parts: string[], limit: number): string {
  const text = collapseWhitespace(parts.join(''));
  return text.length > limit ? `${text.slice(0, limit - 1).trimEnd()}…` : text;
}

/**
 * The text a person reads inside `node`, whitespace-collapsed and cut at `limit` characters.
 * Bounded in nodes visited too, so a hostile label of a million spans cannot stall a scan.
 */
export function readableText(node: Node, limit = 500, skip?: (element: Element) => boolean): string {
  return joined(readParts(node, limit, skip), limit);
}

/**
 * `pattern.exec(readableText(node, limit, skip))`, reading only as far as it must: a match that
 * ends `longestMatch` characters before the text read so far can no longer change.
 */
export function firstMatchInText(node: Node, pattern: RegExp, longestMatch: number, limit: number, skip?: (element: Element) => boolean): RegExpExecArray | null {
  let checked = 0;
  let early: RegExpExecArray | null = null;
  const parts = readParts(node, limit, skip, (read) => {
    if (read.length < checked * 2) return false;
    checked = read.length;
    const text = collapseWhitespace(read.join(''));
    const match = pattern.exec(text);
    early = match && match.index + longestMatch < text.length ? match : null;
    return early !== null;
  });
  return early ?? pattern.exec(joined(parts, limit));
}
