import { h } from '../shared-ui/h';
import { formatDate, plural } from '../shared-ui/intl-format';
import { label } from '../shared-ui/label';
import type { Settings, SiteProblem, Translate } from '../shared-ui/messages';

export function renderIgnored(doc: Document, settings: Settings, t: Translate): HTMLElement {
  if (settings.ignoredSites.length === 0) return h(doc, 'p', {}, t('ignoredEmpty'));
  const items = settings.ignoredSites.map((host) =>
    h(doc, 'li', {}, h(doc, 'span', {}, host), ' ', h(doc, 'button', { type: 'button', 'data-unignore': host }, t('removeSite', [host]))),
  );
  return h(doc, 'ul', { class: 'sites' }, ...items);
}

export function renderProblemSites(doc: Document, sites: SiteProblem[], t: Translate, lang: string): HTMLElement {
  if (sites.length === 0) return h(doc, 'p', {}, t('sitesEmpty'));
  const items = sites.map((site) =>
    h(
      doc,
      'li',
      {},
      h(doc, 'strong', {}, site.host),
      ` — ${label(t, 'verdict', site.verdict)}, ${plural(t, lang, 'sitesProblems', site.problems)}, `,
      t('sitesLastSeen', [formatDate(site.lastSeen, lang)]),
    ),
  );
  return h(doc, 'ul', { class: 'sites' }, ...items);
}
