import { profileSentence } from './explain';
import type { Report } from '../../core/types';
import { h } from '../h';
import { formatDate, plural } from '../intl-format';
import { label } from '../label';
import type { Translate } from '../messages';
import { renderForm } from './render-form';
import { verdictChip } from './verdict-chip';

function summary(doc: Document, report: Report, t: Translate, lang: string): HTMLElement {
  const time = formatDate(report.scannedAt, lang);
  return h(
    doc,
    'div',
    { class: 'summary' },
    h(doc, 'p', { class: 'page-verdict' }, `${t('pageVerdict')}: `, verdictChip(doc, report.verdict, t)),
    h(doc, 'p', { class: 'source' }, `${t('sourceLabel')}: `, h(doc, 'span', { class: 'url' }, report.source)),
    h(doc, 'p', { class: 'meta' }, t('scannedMeta', [time, report.tool.version, label(t, 'profile', report.profile)])),
    h(doc, 'p', { class: 'profile-reason' }, profileSentence(report, t)),
    report.truncated.length > 0 && h(doc, 'p', { class: 'notice' }, t('truncatedNotice')),
  );
}

/**
 * The whole explanation of one report. `interactive` adds the "show on page" buttons; the
 * HTML export renders the same tree without them.
 */
export function renderReport(doc: Document, report: Report, t: Translate, lang: string, interactive: boolean): HTMLElement {
  const relevant = report.forms.filter((form) => form.verdict !== 'no-marketing');
  const quiet = report.forms.length - relevant.length;
  return h(
    doc,
    'div',
    { class: 'report' },
    summary(doc, report, t, lang),
    report.forms.length === 0 && h(doc, 'p', { class: 'notice' }, t('noForms')),
    ...relevant.map((form) => renderForm(doc, form, t, lang, interactive)),
    quiet > 0 && h(doc, 'p', { class: 'quiet' }, plural(t, lang, 'quietForms', quiet)),
  );
}
