import { describe, expect, it, vi } from 'vitest';
import { runPopup } from '../../src/popup/run-popup';
import type { PopupApi } from '../../src/popup/popup-api';
import type { PageState, Settings } from '../../src/shared-ui/messages';
import { extensionDom } from './extension-dom';
import { sampleReport } from './sample-report';
import { translator } from './translator';

function fakeApi(state: PageState | null, settings: Partial<Settings> = {}) {
  const stored: Settings = { profile: 'nl', highlights: true, autoUntick: false, ignoredSites: [], ...settings };
  return {
    getState: vi.fn(async () => state),
    untickAll: vi.fn(async () => ({ changed: 2, skippedByUser: 1 })),
    showControl: vi.fn(async () => {}),
    loadSettings: vi.fn(async () => ({ ...stored })),
    saveSettings: vi.fn(async (patch: Partial<Settings>) => void Object.assign(stored, patch)),
    openOptions: vi.fn(),
    download: vi.fn(),
  } satisfies PopupApi;
}

async function open(lang: 'nl' | 'en', state: PageState | null = { host: '127.0.0.1', ignored: false, report: sampleReport() }) {
  const doc = extensionDom();
  const api = fakeApi(state);
  await runPopup(doc, api, translator(lang), lang);
  const text = (selector: string) => [...doc.querySelectorAll(selector)].map((element) => element.textContent?.trim());
  return { doc, api, text };
}

describe('popup rendering', () => {
  it('explains the form in Dutch', async () => {
    const { doc, text } = await open('nl');
    expect(doc.documentElement.lang).toBe('nl');
    expect(text('.page-verdict')[0]).toContain('Niet volgens de regels');
    expect(text('.form h2')[0]).toContain('Formulier: Afrekenen');
    expect(text('.req')).toEqual([
      '✓U koopt iets (klantrelatie): voldaanknop “Bestelling plaatsen”; paginatitel “Afrekenen – Fietsenwinkel De Groene Fiets”; webadres “/checkout.html”; prijs “€ 49,95”',
      '✕Alleen eigen producten van de winkel: niet voldaan“Ja, ik wil aanbiedingen van <b>partners</b> ontvangen”',
      '?Alleen soortgelijke producten: niet te zien op het formulier',
      expect.stringContaining('Op het formulier staat dat er reclame komt: voldaan'),
      expect.stringContaining('eenvoudig en gratis weigeren: voldaan'),
      '?Er staat dat u zich altijd kunt afmelden: niet te zien op het formulier',
    ]);
    expect(text('.control-label')).toEqual(['Ja, ik wil aanbiedingen van <b>partners</b> ontvangen', 'Stuur mij de nieuwsbrief met aanbiedingen']);
    expect(doc.querySelector('.control b')).toBeNull();
    expect(text('.means')[0]).toBe(
      'Als u dit aangevinkt laat, mag de winkel u aanbiedingen van partners mailen. Daarvoor is toestemming nodig, en een vooraf aangevinkt vakje is geen toestemming.',
    );
    expect(text('.facts')[0]).toContain('vooraf aangevinkt');
    expect(text('.facts')[0]).toContain('partners of derden');
    expect(text('.legal')[0]).toBe('Wettelijke basis: Tw art. 11.7 lid 3; ePrivacy art. 13(2); GDPR recital 32; CJEU C-673/17 (Planet49)');
    expect(text('.others summary')).toEqual(['1 andere vinkjes bekeken (geen reclame)']);
  });

  it('explains the form in English', async () => {
    const { doc, text } = await open('en');
    expect(doc.documentElement.lang).toBe('en');
    expect(text('.page-verdict')[0]).toContain('Breaks the rules');
    expect(text('.form h2')[0]).toContain('Form: Checkout');
    expect(text('.req-status')).toEqual(['met', 'not met', 'cannot be seen on the form', 'met', 'met', 'cannot be seen on the form']);
    expect(text('.means')).toEqual([
      'If you leave this ticked, the shop may e-mail you offers from partners. That needs your consent, and a pre-ticked box is not consent.',
      'If you leave this ticked, the shop may e-mail you offers for its own products. Untick it if you do not want them.',
    ]);
    expect(text('.facts dd')).toContain('soft opt-in (yes is preset)');
    expect(text('#untick')).toEqual(['Untick all marketing boxes']);
    expect((doc.getElementById('actions') as HTMLElement).hidden).toBe(false);
  });

  it('gives every show-on-page button a label naming its control', async () => {
    const { doc, api } = await open('en');
    const buttons = [...doc.querySelectorAll<HTMLButtonElement>('button[data-show]')];
    expect(buttons.map((button) => button.getAttribute('aria-label'))).toEqual([
      'Show on page: Ja, ik wil aanbiedingen van <b>partners</b> ontvangen',
      'Show on page: Stuur mij de nieuwsbrief met aanbiedingen',
    ]);
    buttons[0]!.click();
    expect(api.showControl).toHaveBeenCalledWith('#partners');
  });

  it('says how many boxes the untick changed and which it left alone', async () => {
    const { doc, api } = await open('nl');
    (doc.getElementById('untick') as HTMLButtonElement).click();
    await vi.waitFor(() => expect(doc.getElementById('untick-status')?.textContent).not.toBe(''));
    expect(api.untickAll).toHaveBeenCalledOnce();
    expect(doc.getElementById('untick-status')?.textContent).toBe(
      '2 reclamevinkjes op geen reclame gezet. 1 vinkjes die u zelf wijzigde, zijn niet aangeraakt.',
    );
  });

  it('says plainly when a page cannot be scanned or is ignored', async () => {
    const blocked = await open('en', null);
    expect(blocked.text('#content')[0]).toMatch(/cannot read this page/);
    expect((blocked.doc.getElementById('actions') as HTMLElement).hidden).toBe(true);
    const ignored = await open('nl', { host: 'shop.example', ignored: true, report: null });
    expect(ignored.text('#content .notice')).toEqual(['U hebt Vinkje gevraagd shop.example te negeren.']);
  });

  it('ignores and un-ignores the site through the settings', async () => {
    const { doc, api } = await open('en');
    (doc.getElementById('ignore') as HTMLButtonElement).click();
    await vi.waitFor(() => expect(api.saveSettings).toHaveBeenCalledWith({ ignoredSites: ['127.0.0.1'] }));
  });
});
