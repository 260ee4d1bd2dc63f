import { withMessages } from '../../src/shared-ui/render/explain';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { exportFile } from '../../src/popup/export-file';
import { sampleReport } from './sample-report';
import { translator } from './translator';

const doc = new JSDOM('<!doctype html><style>.chip { color: red }</style>').window.document;

describe('export', () => {
  it('writes the contract JSON unchanged', () => {
    const file = exportFile(doc, sampleReport(), 'json', translator('en'), 'en');
    expect(file.name).toBe('vinkje-127.0.0.1_8080-2026-11-28.json');
    expect(JSON.parse(file.text)).toEqual(withMessages(sampleReport(), translator('en')));
  });

  it('writes Markdown whose page text cannot become markup', () => {
    const { text } = exportFile(doc, sampleReport(), 'md', translator('nl'), 'nl');
    expect(text).toContain('# Vinkje-rapport: http://127.0.0.1:8080/checkout.html');
    expect(text).toContain('- Pagina: http://127.0.0.1:8080/checkout.html');
    expect(text).toContain('Vinkje 0.1.0 · regels: Nederland (soft opt-in toegestaan)');
    expect(text).toContain('## Formulier: Afrekenen — Niet volgens de regels');
    expect(text).toContain('#### “Ja, ik wil aanbiedingen van \\<b\\>partners\\</b\\> ontvangen” — Niet volgens de regels');
    expect(text).toContain('- Alleen eigen producten van de winkel: **niet voldaan** — “Ja, ik wil aanbiedingen van \\<b\\>partners\\</b\\> ontvangen”');
    expect(text).toContain('Wettelijke basis: Tw art. 11.7 lid 3; ePrivacy art. 13\\(2\\); GDPR recital 32; CJEU C-673/17 \\(Planet49\\)');
  });

  it('writes self-contained HTML that runs nothing and keeps page text as text', () => {
    const { text, type } = exportFile(doc, sampleReport(), 'html', translator('en'), 'en');
    expect(type).toBe('text/html');
    const exported = new JSDOM(text).window.document;
    expect(exported.documentElement.lang).toBe('en');
    expect(exported.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).toBe(
      "default-src 'none'; style-src 'unsafe-inline'",
    );
    expect(exported.querySelector('style')?.textContent).toContain('.chip');
    expect(exported.querySelectorAll('script, link, button, b')).toHaveLength(0);
    expect(exported.querySelector('.control-label')?.textContent).toBe('Ja, ik wil aanbiedingen van <b>partners</b> ontvangen');
    expect(exported.querySelector('.meta')?.textContent).toMatch(/Vinkje 0\.1\.0 · rules: Netherlands/);
    expect(exported.querySelector('.url')?.textContent).toBe('http://127.0.0.1:8080/checkout.html');
  });
});
