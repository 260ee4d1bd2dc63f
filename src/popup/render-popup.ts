import { profileSentence } from '../shared-ui/render/explain';
import { h } from '../shared-ui/h';
import { formatDate, plural } from '../shared-ui/intl-format';
import { label } from '../shared-ui/label';
import type { Report } from '../core/types';
import { renderShopperForm } from '../shared-ui/render/render-shopper-form';
import { verdictChip } from '../shared-ui/render/verdict-chip';
import { answerSentence, boxesOn } from './answer';
import { byId, type View } from './popup-view';

function untickStatus({ t, lang, last }: View): string {
  if (!last || last.kind !== 'untick') return '';
  if (last.count.skippedByUser > 0) return plural(t, lang, 'untickSkipped', last.count.skippedByUser);
  return last.count.changed === 0 ? t('untickNothing') : '';
}

/** The top: the page's chip, the sentence that answers "does anything here sign me up?", the action, undo. */
function showAnswer(view: View, report: Report | null): void {
  const { doc, t, lang } = view;
  const answer = byId(doc, 'answer');
  answer.hidden = !report || report.forms.length === 0;
  if (!report || answer.hidden) return;
  const boxes = view.state?.boxes ?? {};
  const on = boxesOn(report, boxes).length;
  byId(doc, 'page-verdict').replaceChildren(`${t('pageVerdict')}: `, verdictChip(doc, report.verdict, t));
  byId(doc, 'sentence').textContent = answerSentence(report, boxes, view.last, t, lang);
  const untick = byId(doc, 'untick');
  untick.hidden = on === 0;
  untick.textContent = plural(t, lang, 'untickCount', on);
  byId(doc, 'undo').hidden = !(view.last?.kind === 'untick' && view.last.count.changed > 0);
  byId(doc, 'untick-status').textContent = untickStatus(view);
}

function reportList(view: View, report: Report): Node[] {
  const { doc, t, lang } = view;
  if (report.forms.length === 0) return [h(doc, 'p', { class: 'notice' }, t('noForms'))];
  const relevant = report.forms.filter((form) => form.verdict !== 'no-marketing');
  const quiet = report.forms.length - relevant.length;
  const meta = t('scannedMeta', [formatDate(report.scannedAt, lang), report.tool.version, label(t, 'profile', report.profile)]);
  return [
    ...relevant.map((form, index) => renderShopperForm(doc, form, t, { boxes: view.state?.boxes ?? {}, reviewer: view.reviewer, lang, index })),
    report.truncated.length > 0 ? h(doc, 'p', { class: 'notice' }, t('truncatedNotice')) : null,
    quiet > 0 ? h(doc, 'p', { class: 'quiet' }, plural(t, lang, 'quietForms', quiet)) : null,
    h(doc, 'p', { class: 'meta' }, meta),
    h(doc, 'p', { class: 'profile-reason' }, profileSentence(report, t)),
  ].filter((node): node is HTMLElement => node !== null);
}

function contentOf(view: View): Node[] {
  const { doc, state, t } = view;
  if (!state) return [h(doc, 'p', { class: 'notice' }, t('cannotScan'))];
  if (state.ignored) return [h(doc, 'p', { class: 'notice' }, t('ignoredNotice', [state.host])), h(doc, 'button', { type: 'button', id: 'unignore' }, t('unignoreSite'))];
  if (!state.report) return [h(doc, 'p', { class: 'notice' }, t('noForms'))];
  return reportList(view, state.report);
}

/** Draws the whole popup from the view; DOM order is the visual order, top to bottom. */
export function show(view: View): void {
  const { doc, state } = view;
  const report = state && !state.ignored ? state.report : null;
  const content = byId(doc, 'content');
  doc.body.classList.toggle('reviewer', view.reviewer);
  byId(doc, 'actions').hidden = !report;
  showAnswer(view, report);
  content.setAttribute('aria-busy', 'false');
  content.replaceChildren(...contentOf(view));
  if (view.reviewer) byId(doc, 'actions').prepend(view.exportGroup);
  else if (report) content.append(view.exportGroup);
}
