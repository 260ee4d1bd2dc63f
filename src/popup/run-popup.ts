import { isProfileChoice } from '../core/types';
import { fillProfileSelect } from '../shared-ui/profile-select';
import { profileForSite, withSiteProfile } from '../shared-ui/site-profile';
import { localize } from '../shared-ui/localize';
import type { Translate, UntickResult } from '../shared-ui/messages';
import type { LastAction } from './answer';
import { exportFile, type ExportFormat } from './export-file';
import type { PopupApi } from './popup-api';
import { byId, type View } from './popup-view';
import { show } from './render-popup';

async function refresh(view: View): Promise<void> {
  view.state = await view.api.getState();
  view.last = null;
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

type Find = (doc: Document) => HTMLElement | null;
const id = (name: string): Find => (doc) => doc.getElementById(name);
const switchOf = (selector: string): Find => (doc) =>
  [...doc.querySelectorAll<HTMLElement>('[data-switch]')].find((element) => element.dataset.switch === selector) ?? null;

/** Focus goes to the first target still shown: a button that hid itself must not drop it to the body. */
function refocus(doc: Document, targets: Find[]): void {
  targets.map((find) => find(doc)).find((element) => element && !element.closest('[hidden]'))?.focus();
}

async function act(view: View, kind: LastAction['kind'], action: Promise<UntickResult>, focus: Find): Promise<void> {
  const result = await action;
  view.last = { kind, count: result };
  if (view.state) view.state.boxes = result.boxes;
  show(view);
  refocus(view.doc, [focus, id('sentence')]);
}

function flip(view: View, button: HTMLElement): Promise<void> {
  const selector = button.dataset.switch!;
  if (button.getAttribute('aria-checked') === 'true') return act(view, 'untick', view.api.untick(selector), switchOf(selector));
  return act(view, 'retick', view.api.retick([selector]), switchOf(selector));
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
  if (button.dataset.switch) return flip(view, button);
  if (button.dataset.show) return view.api.showControl(button.dataset.show);
  if (button.dataset.export) return download(view, button.dataset.export as ExportFormat);
  if (button.id === 'untick') return act(view, 'untick', view.api.untickAll(), id('undo'));
  if (button.id === 'undo') return act(view, 'retick', view.api.retick(view.last?.count.selectors ?? []), id('untick'));
  if (button.id === 'ignore') return setIgnored(view, true);
  if (button.id === 'unignore') return setIgnored(view, false);
  if (button.id === 'options') return view.api.openOptions();
}

/** Fills popup.html: localises it, loads the tab's report, and wires every button. */
export async function runPopup(doc: Document, api: PopupApi, t: Translate, lang: string): Promise<void> {
  const settings = await api.loadSettings();
  const view: View = { doc, api, t, lang, state: null, reviewer: settings.reviewer, last: null, exportGroup: byId(doc, 'export') };
  doc.documentElement.lang = lang;
  localize(doc, t);
  doc.body.addEventListener('click', (event) => void onClick(view, event.target as HTMLElement));
  await refresh(view);
  // The popup's choice is this site's own: the options page keeps the default for every other.
  const profile = byId(doc, 'profile') as HTMLSelectElement;
  const host = view.state?.host ?? '';
  fillProfileSelect(profile, t, profileForSite(settings, host));
  profile.disabled = !host;
  profile.addEventListener('change', async () => {
    if (!isProfileChoice(profile.value)) return;
    await api.saveSettings({ siteProfiles: withSiteProfile(await api.loadSettings(), host, profile.value) });
    await refresh(view);
  });
}
