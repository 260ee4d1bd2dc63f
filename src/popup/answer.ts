import type { Report } from '../core/types';
import { findingTitle } from '../shared-ui/render/explain';
import { plural } from '../shared-ui/intl-format';
import type { BoxStates, Translate, UntickCount } from '../shared-ui/messages';

/** What the shopper last did from the popup, for the sentence that says what changed. */
export interface LastAction {
  kind: 'untick' | 'retick';
  count: UntickCount;
}

const controls = (report: Report) => report.forms.flatMap((form) => form.controls);

/** The marketing boxes that sign the shopper up right now and that Vinkje may untick. */
export const boxesOn = (report: Report, boxes: BoxStates) => controls(report).filter((control) => boxes[control.selector] === 'on');

/** A violation or doubt that unticking did not settle: on the form itself, or a box Vinkje cannot change. */
function openProblem(report: Report, boxes: BoxStates) {
  const settled = new Set(['unticked', 'off', 'yours']);
  return report.forms
    .flatMap((form) => form.findings)
    .find((finding) => (finding.severity === 'violation' || finding.severity === 'review') && !(finding.control && settled.has(boxes[finding.control] ?? '')));
}

function stateSentence(report: Report, boxes: BoxStates, t: Translate, lang: string): string {
  const on = boxesOn(report, boxes);
  if (on.length > 0) return plural(t, lang, on.every((control) => control.thirdParty) ? 'answerPartners' : 'answerOn', on.length);
  const problem = openProblem(report, boxes);
  if (problem) return t('answerCloserLook', [findingTitle(problem, t)]);
  return t('answerNone');
}

/** The popup's first line: what changed (after an action), then whether anything here signs you up. */
export function answerSentence(report: Report, boxes: BoxStates, last: LastAction | null, t: Translate, lang: string): string {
  const now = stateSentence(report, boxes, t, lang);
  if (!last || last.count.changed === 0) return now;
  return `${plural(t, lang, last.kind === 'untick' ? 'answerUnticked' : 'answerReticked', last.count.changed)} ${now}`;
}
