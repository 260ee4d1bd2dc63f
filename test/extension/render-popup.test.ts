import { describe, expect, it, vi } from 'vitest';
import { runPopup } from '../../src/popup/run-popup';
import type { PopupApi } from '../../src/popup/popup-api';
import type { BoxStates, PageState, Settings } from '../../src/shared-ui/messages';
import { extensionDom } from './extension-dom';
import { sampleReport } from './sample-report';
import { translator } from './translator';

/** The tab as the content script would answer: untick sets boxes to `unticked`, retick puts them back. */
function fakeApi(state: PageState | null, settings: Partial<Settings> = {}) {
  const stored: Settings = { profile: 'nl', siteProfiles: {}, highlights: true, autoUntick: false, reviewer: false, ignoredSites: [], ...settings };
  const boxes: BoxStates = { ...state?.boxes };
  const flip = (selectors: string[], from: string, to: 'on' | 'unticked', skippedByUser = 0) => {
    const changed = selectors.filter((selector) => boxes[selector] === from);
    for (const selector of changed) boxes[selector] = to;
    return { changed: changed.length, skippedByUser, selectors: changed, boxes: { ...boxes } };
  };
  return {
    getState: vi.fn(async () => state && { ...state, boxes: { ...boxes } }),
    untickAll: vi.fn(async () => flip(Object.keys(boxes), 'on', 'unticked', Object.values(boxes).filter((box) => box === 'yours').length)),
    untick: vi.fn(async (selector: string) => flip([selector], 'on', 'unticked')),
    retick: vi.fn(async (selectors: string[]) => flip(selectors, 'unticked', 'on')),
    showControl: vi.fn(async () => {}),
    loadSettings: vi.fn(async () => ({ ...stored })),
    saveSettings: vi.fn(async (patch: Partial<Settings>) => void Object.assign(stored, patch)),
    openOptions: vi.fn(),
    download: vi.fn(),
  } satisfies PopupApi;
}

const CHECKOUT: PageState = { host: '127.0.0.1', ignored: false, report: sampleReport(), boxes: { '#partners': 'on', '#newsletter': 'on' } };

async function open(lang: 'nl' | 'en', state: PageState | null = CHECKOUT, settings: Partial<Settings> = {}) {
  const doc = extensionDom();
  const api = fakeApi(state, settings);
  await runPopup(doc, api, translator(lang), lang);
  const text = (selector: string) => [...doc.querySelectorAll(selector)].map((element) => element.textContent?.trim());
  const click = async (selector: string) => {
    const before = doc.getElementById('sentence')?.textContent;
    (doc.querySelector(selector) as HTMLElement).click();
    await vi.waitFor(() => expect(doc.getElementById('sentence')?.textContent).not.toBe(before));
  };
  return { doc, api, text, click };
}

describe('popup: the answer first', () => {
  it('answers in one sentence with the verdict and the action, above the list and in reading order', async () => {
    const { doc, text } = await open('en');
    expect(text('#page-verdict')[0]).toBe('This page: ✕Breaks the rules');
    expect(text('#sentence')).toEqual(['2 boxes here sign you up for advertising.']);
    expect(text('#untick')).toEqual(['Untick 2 marketing boxes']);
    expect((doc.getElementById('undo') as HTMLElement).hidden).toBe(true);
    const order = [...doc.querySelectorAll('#page-verdict, #sentence, #untick, .box, .legal-check, #export, #ignore')].map((el) => el.id || el.className.split(' ')[0]);
    expect(order).toEqual(['page-verdict', 'sentence', 'untick', 'box', 'box', 'legal-check', 'export', 'ignore']);
  });

  it('says in Dutch which box, what leaving it means, with its own switch and "show on page"', async () => {
    const { doc, text, api } = await open('nl');
    expect(doc.documentElement.lang).toBe('nl');
    expect(text('.box .control-label')).toEqual(['Ja, ik wil aanbiedingen van <b>partners</b> ontvangen', 'Stuur mij de nieuwsbrief met aanbiedingen']);
    expect(doc.querySelector('.box b')).toBeNull();
    expect(text('.box .means')[0]).toBe(
      'Als u dit aangevinkt laat, mag de winkel u aanbiedingen van partners mailen. Daarvoor is toestemming nodig, en een vooraf aangevinkt vakje is geen toestemming.',
    );
    const switches = [...doc.querySelectorAll('.box [role="switch"]')];
    expect(switches.map((s) => [s.getAttribute('aria-label'), s.getAttribute('aria-checked')])).toEqual([
      ['Reclame via „Ja, ik wil aanbiedingen van <b>partners</b> ontvangen”', 'true'],
      ['Reclame via „Stuur mij de nieuwsbrief met aanbiedingen”', 'true'],
    ]);
    (doc.querySelector('button[data-show="#partners"]') as HTMLElement).click();
    expect(api.showControl).toHaveBeenCalledWith('#partners');
  });

  it('unticks all, says what changed, offers undo, and undo puts the boxes back', async () => {
    const { doc, api, text, click } = await open('en');
    await click('#untick');
    expect(api.untickAll).toHaveBeenCalledOnce();
    expect(text('#sentence')).toEqual(['Unticked 2 boxes. Nothing on this page signs you up for advertising.']);
    expect((doc.getElementById('untick') as HTMLElement).hidden).toBe(true);
    expect((doc.getElementById('undo') as HTMLElement).hidden).toBe(false);
    expect(doc.activeElement?.id).toBe('undo');
    expect(text('.switch-text')).toEqual(['Advertising: off', 'Advertising: off']);
    await click('#undo');
    expect(api.retick).toHaveBeenCalledWith(['#partners', '#newsletter']);
    expect(text('#sentence')).toEqual(['Put 2 boxes back as they were. 2 boxes here sign you up for advertising.']);
    expect(doc.activeElement?.id).toBe('untick');
  });

  it('unticks and re-ticks one box with its own switch, keeping focus on it', async () => {
    const { doc, api, text, click } = await open('nl');
    await click('[data-switch="#partners"]');
    expect(api.untick).toHaveBeenCalledWith('#partners');
    expect(text('#sentence')).toEqual(['1 vinkje uitgezet. 1 vinkje hier meldt u aan voor reclame.']);
    expect(text('#untick')).toEqual(['Zet 1 reclamevinkje uit']);
    expect(doc.activeElement?.getAttribute('data-switch')).toBe('#partners');
    expect(doc.activeElement?.getAttribute('aria-checked')).toBe('false');
    await click('[data-switch="#partners"]');
    expect(api.retick).toHaveBeenCalledWith(['#partners']);
    expect(text('#sentence')).toEqual(['1 vinkje teruggezet zoals het stond. 2 vinkjes hier melden u aan voor reclame.']);
  });

  it('leaves a box the shopper changed alone, and says so', async () => {
    const { doc, text, click } = await open('nl', { ...CHECKOUT, boxes: { '#partners': 'on', '#newsletter': 'yours' } });
    expect(text('#sentence')).toEqual(['1 vinkje hier meldt u aan voor reclame van partners.']);
    expect(doc.querySelector('[data-switch="#newsletter"]')).toBeNull();
    expect(text('.yours')).toEqual(['U hebt dit vinkje zelf gewijzigd, dus Vinkje laat het zoals u het zette.']);
    await click('#untick');
    expect(text('#untick-status')).toEqual(['1 vinkje dat u zelf wijzigde, is niet aangeraakt.']);
  });

  it('says plainly when nothing here signs you up', async () => {
    const { doc, text } = await open('en', { ...CHECKOUT, boxes: { '#partners': 'off', '#newsletter': 'off' } });
    expect(text('#sentence')).toEqual(['Nothing on this page signs you up for advertising.']);
    expect((doc.getElementById('untick') as HTMLElement).hidden).toBe(true);
  });

  it('names the problem when a box breaks the rules and Vinkje cannot change it', async () => {
    const { text } = await open('en', { ...CHECKOUT, boxes: { '#partners': 'fixed', '#newsletter': 'off' } });
    expect(text('#sentence')).toEqual(['This form needs a closer look: Partner marketing switched on by default.']);
  });
});

describe('popup: the legal check', () => {
  it('is one tap away per form for shoppers, with the six conditions and legal bases', async () => {
    const { doc, text } = await open('nl');
    const details = doc.querySelector('.legal-check') as HTMLDetailsElement;
    expect(details.open).toBe(false);
    expect(text('.legal-check > summary')[0]).toMatch(/^Juridische toets 6 voorwaarden, \d+ bevinding(en)?$/);
    expect(text('.req')).toEqual([
      '✓U koopt iets (klantrelatie): voldaanknop “Bestelling plaatsen”; paginatitel “Afrekenen – Fietsenwinkel De Groene Fiets”; webadres “/checkout.html”; prijs “€ 49,95”',
      '✕Alleen eigen producten van de winkel: niet voldaan“Ja, ik wil aanbiedingen van <b>partners</b> ontvangen”',
      '?Alleen soortgelijke producten: niet te zien op het formulier',
      expect.stringContaining('Op het formulier staat dat er reclame komt: voldaan'),
      expect.stringContaining('eenvoudig en gratis weigeren: voldaan'),
      '?Er staat dat u zich altijd kunt afmelden: niet te zien op het formulier',
    ]);
    expect(text('.legal-check .facts')[0]).toContain('partners of derden');
    expect(text('.legal-check .means')).toEqual([]);
    expect(text('.legal')[0]).toBe('Wettelijke basis: Tw art. 11.7 lid 3; ePrivacy art. 13(2); GDPR recital 32; CJEU C-673/17 (Planet49)');
    expect(text('.others summary')).toEqual(['1 ander vinkje bekeken (geen reclame)']);
    expect(text('.meta')[0]).toMatch(/^Gescand 28 nov 2026, \d\d:\d\d · Vinkje 0\.1\.0 · regels: Nederland \(soft opt-in toegestaan\)$/);
  });

  it('opens everything for reviewers and keeps the exports in the footer', async () => {
    const { doc, api } = await open('en', CHECKOUT, { reviewer: true });
    expect(doc.body.classList.contains('reviewer')).toBe(true);
    expect((doc.querySelector('.legal-check') as HTMLDetailsElement).open).toBe(true);
    expect(doc.getElementById('export')?.parentElement?.id).toBe('actions');
    (doc.querySelector('[data-export="md"]') as HTMLElement).click();
    expect(api.download.mock.calls[0]![2]).toContain('## Form: Checkout — Breaks the rules');
  });

  it('under German rules, says that the form does not tell you objecting costs nothing', async () => {
    const { text } = await open('nl', { ...CHECKOUT, report: sampleReport({ profile: 'de' }) });
    expect(text('.req').at(-1)).toBe('✕Er staat dat u zich altijd kunt afmelden: niet voldaanHet formulier zegt niet dat u altijd bezwaar kunt maken zonder andere kosten dan verzending tegen basistarief');
  });

  it('writes dates in the UI language, with the month spelled out', async () => {
    const { text } = await open('en');
    expect(text('.meta')[0]).toMatch(/^Scanned Nov 28, 2026, \d+:\d\d [AP]M · Vinkje 0\.1\.0/);
  });
});

describe('popup: other pages', () => {
  it('says plainly when a page cannot be scanned or is ignored', async () => {
    const blocked = await open('en', null);
    expect(blocked.text('#content')[0]).toMatch(/cannot read this page/);
    expect((blocked.doc.getElementById('actions') as HTMLElement).hidden).toBe(true);
    expect((blocked.doc.getElementById('answer') as HTMLElement).hidden).toBe(true);
    const ignored = await open('nl', { host: 'shop.example', ignored: true, report: null, boxes: {} });
    expect(ignored.text('#content .notice')).toEqual(['U hebt Vinkje gevraagd shop.example te negeren.']);
  });

  it('keeps a rules choice for this site only; choosing the default again drops it', async () => {
    const { doc, api, text } = await open('en', CHECKOUT, { profile: 'auto' });
    const select = doc.getElementById('profile') as HTMLSelectElement;
    expect(select.value).toBe('auto');
    expect([...select.options].map((option) => option.value)).toEqual(['auto', 'nl', 'eu-consent', 'de', 'fr', 'uk', 'be', 'es']);
    expect(text('.profile-reason')).toEqual(["Judged under Netherlands (soft opt-in allowed), the shop's country as the page tells it: nl-NL, EUR"]);
    const choose = async (value: string, expected: Partial<Settings>) => {
      select.value = value;
      select.dispatchEvent(new doc.defaultView!.Event('change', { bubbles: true }));
      await vi.waitFor(() => expect(api.saveSettings).toHaveBeenLastCalledWith(expected));
    };
    await choose('de', { siteProfiles: { '127.0.0.1': 'de' } });
    await choose('auto', { siteProfiles: {} });
  });

  it('ignores and un-ignores the site through the settings', async () => {
    const { doc, api } = await open('en');
    (doc.getElementById('ignore') as HTMLButtonElement).click();
    await vi.waitFor(() => expect(api.saveSettings).toHaveBeenCalledWith({ ignoredSites: ['127.0.0.1'] }));
  });
});
