import { isProfileId } from '../core/types';
import { fillProfileSelect } from '../shared-ui/profile-select';
import { h } from '../shared-ui/h';
import { localize } from '../shared-ui/localize';
import type { PageState, Translate } from '../shared-ui/messages';
import { exportFile, type ExportFormat } from './export-file';
import type { PopupApi } from './popup-api';
import { renderReport } from '../shared-ui/render/render-report';

interface View {
  doc: Document;
  api: PopupApi;
  t: Translate;
  lang: string;
  state: PageState | null;
}

const byId = (doc: Document, id: string) => doc.getElementById(id) as HTMLElement;

function show(view: View): void {
  const { doc, state, t } = view;
  const content = byId(doc, 'content');
  byId(doc, 'actions').hidden = !state?.report;
  content.setAttribute('aria-busy', 'false');
  if (!state) content.replaceChildren(h(doc, 'p', { class: 'notice' }, t('cannotScan')));
  else if (state.ignored)
    content.replaceChildren(
      h(doc, 'p', { class: 'notice' }, t('ignoredNotice', [state.host])),
      h(doc, 'button', { type: 'button', id: 'unignore' }, t('unignoreSite')),
    );
  else if (state.report) content.replaceChildren(renderReport(doc, state.report, t, view.lang, true));
  else content.replaceChildren(h(doc, 'p', { class: 'notice' }, t('noForms')));
}

async function refresh(view: View): Promise<void> {
  view.state = await view.api.getState();
  show(view);
}

async function setIgnored(view: View, ignored: boolean): Promise<void> {
  const host = view.state?.host;
  if (!host) return;
  const { ignoredSites } = await view.api.loadSettings();
  const others = ignoredSites.filter((site) => site !== host);
  await view.api.saveSettings({ ignoredSites: ignored ? [...others, host] : others });
  await refresh(view);
}

async function untick(view: View): Promise<void> {
  const { changed, skippedByUser } = await view.api.untickAll();
  const { t } = view;
  const parts = [changed > 0 ? t('untickChanged', [String(changed)]) : t('untickNothing')];
  if (skippedByUser > 0) parts.push(t('untickSkipped', [String(skippedByUser)]));
  byId(view.doc, 'untick-status').textContent = parts.join(' ');
}

function download(view: View, format: ExportFormat): void {
  const report = view.state?.report;
  if (!report) return;
  const file = exportFile(view.doc, report, format, view.t, view.lang);
  view.api.download(file.name, file.type, file.text);
}

function onClick(view: View, target: HTMLElement): Promise<void> | void {
  const button = target.closest('button');
  if (!button) return;
  if (button.dataset.show) return view.api.showControl(button.dataset.show);
  if (button.dataset.export) return download(view, button.dataset.export as ExportFormat);
  if (button.id === 'untick') return untick(view);
  if (button.id === 'ignore') return setIgnored(view, true);
  if (button.id === 'unignore') return setIgnored(view, false);
  if (button.id === 'options') return view.api.openOptions();
}

/** Fills popup.html: localises it, loads the tab's report, and wires every button. */
export async function runPopup(doc: Document, api: PopupApi, t: Translate, lang: string): Promise<void> {
  const view: View = { doc, api, t, lang, state: null };
  doc.documentElement.lang = lang;
  localize(doc, t);
  const profile = byId(doc, 'profile') as HTMLSelectElement;
  fillProfileSelect(profile, t, (await api.loadSettings()).profile);
  profile.addEventListener('change', async () => {
    if (isProfileId(profile.value)) await api.saveSettings({ profile: profile.value });
    await refresh(view);
  });
  doc.body.addEventListener('click', (event) => void onClick(view, event.target as HTMLElement));
  await refresh(view);
}
