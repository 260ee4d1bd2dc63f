import { isProfileChoice } from '../core/types';
import { fillProfileSelect } from '../shared-ui/profile-select';
import { localize } from '../shared-ui/localize';
import type { Settings, Translate } from '../shared-ui/messages';
import type { OptionsApi } from './options-api';
import { renderIgnored, renderProblemSites } from './render-sites';

const input = (doc: Document, id: string) => doc.getElementById(id) as HTMLInputElement;

async function refresh(doc: Document, api: OptionsApi, t: Translate, lang: string): Promise<Settings> {
  const settings = await api.loadSettings();
  input(doc, 'auto-scan').checked = await api.hasAutoScan();
  fillProfileSelect(doc.getElementById('profile') as HTMLSelectElement, t, settings.profile);
  input(doc, 'highlights').checked = settings.highlights;
  input(doc, 'auto-untick').checked = settings.autoUntick;
  input(doc, 'reviewer').checked = settings.reviewer;
  doc.getElementById('ignored')!.replaceChildren(renderIgnored(doc, settings, t));
  doc.getElementById('problem-sites')!.replaceChildren(renderProblemSites(doc, await api.loadProblemSites(), t, lang));
  return settings;
}

async function onChange(doc: Document, api: OptionsApi, target: HTMLInputElement | HTMLSelectElement): Promise<void> {
  if (target.id === 'auto-scan') input(doc, 'auto-scan').checked = await api.setAutoScan(input(doc, 'auto-scan').checked);
  if (target.id === 'profile' && isProfileChoice(target.value)) await api.saveSettings({ profile: target.value });
  if (target.id === 'highlights') await api.saveSettings({ highlights: input(doc, 'highlights').checked });
  if (target.id === 'auto-untick') await api.saveSettings({ autoUntick: input(doc, 'auto-untick').checked });
  if (target.id === 'reviewer') await api.saveSettings({ reviewer: input(doc, 'reviewer').checked });
}

async function onClick(api: OptionsApi, button: HTMLButtonElement): Promise<void> {
  const host = button.dataset.unignore;
  if (host) {
    const { ignoredSites } = await api.loadSettings();
    await api.saveSettings({ ignoredSites: ignoredSites.filter((site) => site !== host) });
  }
  if (button.id === 'clear-sites') await api.clearProblemSites();
}

/** Fills options.html from storage and saves every change at once, saying so. */
export async function runOptions(doc: Document, api: OptionsApi, t: Translate, lang: string): Promise<void> {
  doc.documentElement.lang = lang;
  localize(doc, t);
  await refresh(doc, api, t, lang);
  const done = async () => {
    await refresh(doc, api, t, lang);
    doc.getElementById('saved')!.textContent = t('saved');
  };
  doc.body.addEventListener('change', (event) => void onChange(doc, api, event.target as HTMLInputElement).then(done));
  doc.body.addEventListener('click', (event) => {
    const button = (event.target as Element).closest('button');
    if (button) void onClick(api, button).then(done);
  });
}
