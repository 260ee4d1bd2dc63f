import { describe, expect, it, vi } from 'vitest';
import type { OptionsApi } from '../../src/options/options-api';
import { runOptions } from '../../src/options/run-options';
import type { Settings } from '../../src/shared-ui/messages';
import { extensionDom } from './extension-dom';
import { translator } from './translator';

function fakeApi() {
  const stored: Settings = { profile: 'nl', siteProfiles: {}, highlights: true, autoUntick: false, reviewer: false, ignoredSites: ['shop.example'] };
  let sites = [{ host: 'bad.example', verdict: 'non-compliant' as const, problems: 2, lastSeen: '2026-11-28T12:00:00.000Z' }];
  return {
    loadSettings: vi.fn(async () => ({ ...stored })),
    saveSettings: vi.fn(async (patch: Partial<Settings>) => void Object.assign(stored, patch)),
    hasAutoScan: vi.fn(async () => false),
    setAutoScan: vi.fn(async (on: boolean) => on),
    loadProblemSites: vi.fn(async () => sites),
    clearProblemSites: vi.fn(async () => void (sites = [])),
  } satisfies OptionsApi;
}

describe('options page', () => {
  it('shows the stored choices, with auto-untick off by default', async () => {
    const doc = extensionDom('options.html');
    await runOptions(doc, fakeApi(), translator('nl'), 'nl');
    const checked = (id: string) => (doc.getElementById(id) as HTMLInputElement).checked;
    expect([checked('auto-scan'), checked('highlights'), checked('auto-untick')]).toEqual([false, true, false]);
    expect(doc.querySelector('label.toggle span')?.textContent).toBe('Waarschuw mij automatisch op elke webwinkel');
    expect(doc.getElementById('ignored')?.textContent).toContain('shop.example');
    expect(doc.getElementById('problem-sites')?.textContent).toContain('bad.example — Niet volgens de regels, 2 vinkjes met een probleem, laatst gezien 28 nov 2026');
    expect(doc.querySelector('a[href="welcome.html"]')?.textContent).toBe('Wat Vinkje doet en wat het mag lezen');
  });

  it('asks for all-sites access only when automatic scanning is switched on', async () => {
    const doc = extensionDom('options.html');
    const api = fakeApi();
    await runOptions(doc, api, translator('en'), 'en');
    const auto = doc.getElementById('auto-scan') as HTMLInputElement;
    auto.checked = true;
    auto.dispatchEvent(new doc.defaultView!.Event('change', { bubbles: true }));
    await vi.waitFor(() => expect(api.setAutoScan).toHaveBeenCalledWith(true));
    await vi.waitFor(() => expect(doc.getElementById('saved')?.textContent).toBe('Saved.'));
  });

  it('sets the default rules for every site: the shop\'s own country first', async () => {
    const doc = extensionDom('options.html');
    const api = fakeApi();
    await runOptions(doc, api, translator('en'), 'en');
    const select = doc.getElementById('profile') as HTMLSelectElement;
    expect([...select.options].map((option) => option.textContent)).toEqual([
      "The shop's country (automatic)", 'Netherlands (soft opt-in allowed)', 'EU consent only (GDPR view)', 'Germany (UWG §7)',
      'France (CPCE L.34-5, CNIL)', 'United Kingdom (PECR)', 'Belgium (WER XII.13)', 'Spain (LSSI art. 21)',
    ]);
    select.value = 'auto';
    select.dispatchEvent(new doc.defaultView!.Event('change', { bubbles: true }));
    await vi.waitFor(() => expect(api.saveSettings).toHaveBeenCalledWith({ profile: 'auto' }));
  });

  it('saves reviewer mode', async () => {
    const doc = extensionDom('options.html');
    const api = fakeApi();
    await runOptions(doc, api, translator('en'), 'en');
    const reviewer = doc.getElementById('reviewer') as HTMLInputElement;
    expect(reviewer.checked).toBe(false);
    reviewer.checked = true;
    reviewer.dispatchEvent(new doc.defaultView!.Event('change', { bubbles: true }));
    await vi.waitFor(() => expect(api.saveSettings).toHaveBeenCalledWith({ reviewer: true }));
  });

  it('stops ignoring a site and forgets the overview on request', async () => {
    const doc = extensionDom('options.html');
    const api = fakeApi();
    await runOptions(doc, api, translator('en'), 'en');
    (doc.querySelector('button[data-unignore="shop.example"]') as HTMLButtonElement).click();
    await vi.waitFor(() => expect(api.saveSettings).toHaveBeenCalledWith({ ignoredSites: [] }));
    (doc.getElementById('clear-sites') as HTMLButtonElement).click();
    await vi.waitFor(() => expect(doc.getElementById('problem-sites')?.textContent).toBe('No problems found yet.'));
  });
});
