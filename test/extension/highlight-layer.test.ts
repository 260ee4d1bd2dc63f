// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHighlightLayer } from '../../src/content/highlight-layer';
import { sampleReport } from './sample-report';
import { translator } from './translator';

function open() {
  document.body.innerHTML = '<input type="checkbox" id="partners" checked><input type="checkbox" id="newsletter" checked>';
  const attach = vi.spyOn(HTMLElement.prototype, 'attachShadow');
  const layer = createHighlightLayer(document, translator('nl'));
  const shadow = attach.mock.results[0]!.value as ShadowRoot;
  const [partners, newsletter] = sampleReport().forms[0]!.controls;
  layer.show([
    { control: partners!, element: document.getElementById('partners')! },
    { control: newsletter!, element: document.getElementById('newsletter')! },
  ]);
  return { layer, shadow, host: shadow.host as HTMLElement };
}

describe('highlight layer', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    document.querySelectorAll('html > div').forEach((host) => host.remove());
  });

  it('draws in a closed shadow root that page scripts cannot reach', () => {
    const { shadow, host } = open();
    expect(shadow.mode).toBe('closed');
    expect(host.shadowRoot).toBeNull();
    expect(host.getAttribute('aria-hidden')).toBe('true');
    expect(host.style.getPropertyValue('position')).toBe('fixed');
    expect(host.style.getPropertyPriority('position')).toBe('important');
  });

  it('gives each marketing box a marker coloured by its verdict and one plain sentence', () => {
    const { shadow } = open();
    const markers = [...shadow.querySelectorAll('.marker')];
    expect(markers.map((marker) => [marker.classList.contains('non-compliant'), marker.classList.contains('compliant')])).toEqual([
      [true, false],
      [false, true],
    ]);
    expect([...shadow.querySelectorAll('.tip')].map((tip) => tip.textContent)).toEqual([
      'Vooraf aangevinkt: zo geef je geen toestemming voor reclame van partners',
      'Vooraf aangevinkt: de winkel mag je eigen aanbiedingen sturen',
    ]);
  });

  it('leaves nothing behind when removed', () => {
    const { layer, host } = open();
    layer.remove();
    expect(host.isConnected).toBe(false);
    expect([...document.documentElement.children].map((child) => child.tagName)).toEqual(['HEAD', 'BODY']);
  });
});
