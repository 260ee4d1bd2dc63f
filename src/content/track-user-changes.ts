const ARIA_WIDGET = '[role=checkbox],[role=switch]';
const TOGGLE = 'input[type=checkbox],input[type=radio]';

export interface UserChanges {
  touchedByUser(element: Element): boolean;
  /** Runs Vinkje's own change: `click()` makes the browser fire trusted input/change events. */
  asVinkje<T>(change: () => T): T;
}

/** Radios count as one choice: touching "yes" also means the user decided about "no". */
export function choiceOf(element: Element): Element[] {
  const input = element as HTMLInputElement;
  if (element.tagName !== 'INPUT' || input.type !== 'radio' || !input.name) return [element];
  const scope = input.form ?? input.ownerDocument;
  return [...scope.querySelectorAll<HTMLInputElement>('input[type=radio]')].filter((radio) => radio.name === input.name);
}

/**
 * Remembers every control the person changed themselves, so an untick never overrides a
 * deliberate choice. Only trusted events count, so page scripts cannot fake a person.
 */
export function trackUserChanges(doc: Document, isUser = (event: Event) => event.isTrusted): UserChanges {
  const touched = new WeakSet<Element>();
  let applying = false;
  const mark = (event: Event) => {
    const target = event.target as Element | null;
    if (applying || !isUser(event) || target?.nodeType !== 1) return;
    // A box or radio is the person's when the click on it is trusted (mouse, key or its label): its input
    // and change events prove nothing, since a page script's click() makes the browser fire them trusted.
    const widget = event.type === 'click' ? target.closest(`${ARIA_WIDGET}, ${TOGGLE}`) : target.matches(TOGGLE) ? null : target;
    if (widget) for (const element of choiceOf(widget)) touched.add(element);
  };
  for (const type of ['change', 'input', 'click']) doc.addEventListener(type, mark, true);
  return {
    touchedByUser: (element) => touched.has(element),
    asVinkje(change) {
      applying = true;
      try {
        return change();
      } finally {
        applying = false;
      }
    },
  };
}
