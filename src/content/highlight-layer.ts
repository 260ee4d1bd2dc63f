import { VERDICT_STYLE } from '../shared-ui/verdict-style';
import type { ControlReport } from '../core/types';
import { controlCase } from '../shared-ui/control-case';
import { label } from '../shared-ui/label';
import type { Translate } from '../shared-ui/messages';
import { OVERLAY_CSS } from './overlay-css';

export interface Highlight {
  control: ControlReport;
  element: Element;
}

export interface HighlightLayer {
  show(highlights: Highlight[]): void;
  /** Scrolls to the control and flashes its outline, drawing it for a moment if highlights are off. */
  flash(highlight: Highlight): void;
  remove(): void;
}

interface Drawn {
  element: Element;
  box: HTMLElement;
  marker: HTMLElement;
}

const HOST_STYLE = {
  position: 'fixed', top: '0', left: '0', width: '0', height: '0', display: 'block', overflow: 'visible',
  transform: 'none', margin: '0', padding: '0', border: '0', 'z-index': '2147483647',
};

/** A visually hidden input's styled proxy is what the person sees: outline that instead. */
function visibleTarget(element: Element): Element {
  const rect = element.getBoundingClientRect();
  return (rect.width * rect.height < 4 && (element as HTMLInputElement).labels?.[0]) || element;
}

function place({ element, box, marker }: Drawn): void {
  const rect = visibleTarget(element).getBoundingClientRect();
  const gone = !element.isConnected || (rect.width === 0 && rect.height === 0);
  box.classList.toggle('hidden', gone);
  marker.classList.toggle('hidden', gone);
  box.style.transform = `translate(${rect.left - 2}px, ${rect.top - 2}px)`;
  box.style.width = `${rect.width + 4}px`;
  box.style.height = `${rect.height + 4}px`;
  const x = rect.left >= 26 ? rect.left - 26 : rect.right + 8;
  marker.style.transform = `translate(${x}px, ${rect.top + rect.height / 2 - 9}px)`;
}

function attachClosedRoot(doc: Document): { host: HTMLElement; shadow: ShadowRoot } {
  // A plain div: a page can define a custom element of any name we pick, never a div.
  const host = doc.createElement('div');
  for (const [name, value] of Object.entries(HOST_STYLE)) host.style.setProperty(name, value, 'important');
  host.setAttribute('aria-hidden', 'true');
  const shadow = host.attachShadow({ mode: 'closed' });
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(OVERLAY_CSS);
    shadow.adoptedStyleSheets = [sheet];
  } catch {
    // Firefox content scripts cannot always adopt a sheet made in their own compartment.
    shadow.append(Object.assign(doc.createElement('style'), { textContent: OVERLAY_CSS }));
  }
  return { host, shadow };
}

function draw(doc: Document, { control, element }: Highlight, t: Translate): Drawn {
  const box = doc.createElement('div');
  box.className = `box ${control.verdict}`;
  const marker = doc.createElement('div');
  marker.className = `marker ${control.verdict}`;
  const tip = doc.createElement('div');
  tip.className = 'tip';
  tip.textContent = label(t, 'tip', controlCase(control));
  marker.append(VERDICT_STYLE[control.verdict].symbol, tip);
  return { element, box, marker };
}

/**
 * Outlines and markers in a closed shadow root on a fixed, zero-size host: nothing in the
 * page moves, the shop's scripts cannot read or restyle it, and removing the host removes all.
 */
export function createHighlightLayer(doc: Document, t: Translate): HighlightLayer {
  const { host, shadow } = attachClosedRoot(doc);
  const view = doc.defaultView!;
  let drawn: Drawn[] = [];
  let frame = 0;
  const reposition = () => void ((frame = 0), drawn.forEach(place));
  const schedule = () => void (frame ||= view.requestAnimationFrame(reposition));
  view.addEventListener('scroll', schedule, { capture: true, passive: true });
  view.addEventListener('resize', schedule, { passive: true });
  doc.documentElement.append(host);
  const layer: HighlightLayer = {
    show(highlights) {
      drawn = highlights.map((highlight) => draw(doc, highlight, t));
      shadow.replaceChildren(...drawn.flatMap(({ box, marker }) => [box, marker]));
      reposition();
    },
    flash(highlight) {
      visibleTarget(highlight.element).scrollIntoView({ block: 'center' });
      if (!drawn.some((item) => item.element === highlight.element)) layer.show([highlight]);
      const target = drawn.find((item) => item.element === highlight.element)!;
      target.box.classList.remove('flash');
      view.requestAnimationFrame(() => target.box.classList.add('flash'));
      reposition();
    },
    remove() {
      view.removeEventListener('scroll', schedule, { capture: true });
      view.removeEventListener('resize', schedule);
      view.cancelAnimationFrame(frame);
      host.remove();
    },
  };
  return layer;
}
