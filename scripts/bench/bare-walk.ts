/**
 * The least any scanner must do: walk every element (checkboxes can hide in shadow roots,
 * so a single cached querySelectorAll would not be honest), keep the checkboxes and read
 * their labels. The baseline the engine is measured against, in jsdom and in the browser.
 */
export function bareWalk(document: Document): string[] {
  // Self-contained (no outer names): the browser bench runs this very function inside the page.
  const SHOW_ELEMENT = 1;
  const labels: string[] = [];
  const walker = document.createTreeWalker(document, SHOW_ELEMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const element = node as Element;
    if (element.tagName !== 'INPUT' || element.getAttribute('type') !== 'checkbox') continue;
    const id = element.getAttribute('id');
    const label = element.closest('label') ?? (id ? document.getElementById(id)?.ownerDocument.querySelector(`label[for="${id}"]`) : null);
    labels.push(label?.textContent?.trim() ?? '');
  }
  return labels;
}
