import { SCAN_TRIGGER_SELECTOR } from './scan-trigger-selector';

function holdsControls(node: Node): boolean {
  if (node.nodeType !== 1) return false;
  const element = node as Element;
  return element.matches(SCAN_TRIGGER_SELECTOR) || element.querySelector(SCAN_TRIGGER_SELECTOR) !== null;
}

function isRelevant(record: MutationRecord, tracked: () => readonly Element[]): boolean {
  if (record.type === 'attributes') return holdsControls(record.target);
  for (const node of record.addedNodes) if (holdsControls(node)) return true;
  return record.removedNodes.length > 0 && tracked().some((element) => !element.isConnected);
}

/**
 * Calls `onChange` with the changed nodes (each relevant record's target: the element whose
 * attribute or children changed) when controls appear, disappear or change state attributes.
 * A page without forms pays one cheap `matches`/`querySelector` per added element, nothing
 * else. `tracked` lists the controls of the last report, so removing one is noticed.
 */
export function watchForms(root: Node, onChange: (changed: Node[]) => void, tracked: () => readonly Element[]): () => void {
  const observer = new MutationObserver((records) => {
    const changed = records.filter((record) => isRelevant(record, tracked)).map((record) => record.target);
    if (changed.length) onChange(changed);
  });
  observer.observe(root, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['checked', 'aria-checked', 'disabled', 'hidden', 'required', 'type'],
  });
  return () => observer.disconnect();
}
