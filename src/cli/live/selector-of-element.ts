/**
 * Runs in a page (serialised by Playwright, so self-contained): a CSS selector that finds exactly
 * `element` from its document, crossing shadow roots as `host >>> inner` like the engine's selectors.
 */
export function selectorOfElement(node: Node): string {
  const step = (el: Element): string => {
    const root = el.getRootNode() as Document | ShadowRoot;
    if (el.id && /^[A-Za-z][\w-]*$/.test(el.id) && root.querySelectorAll(`#${el.id}`).length === 1) return `#${el.id}`;
    const parent = el.parentElement;
    if (!parent) return el.localName;
    const same = Array.from(parent.children).filter((child) => child.localName === el.localName);
    const self = same.length > 1 ? `${el.localName}:nth-of-type(${same.indexOf(el) + 1})` : el.localName;
    return `${step(parent)} > ${self}`;
  };
  const parts: string[] = [];
  for (let el: Element | null = node as Element; el; ) {
    parts.unshift(step(el));
    const root = el.getRootNode();
    el = root instanceof ShadowRoot ? root.host : null;
  }
  return parts.join(' >>> ');
}
