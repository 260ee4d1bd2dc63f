import type { Candidate } from '../discover';
import { answerOf } from '../yes-no';
import type { Widget } from './widget';

function yesNoSelect(select: HTMLSelectElement): { yes: HTMLOptionElement; no: HTMLOptionElement } | null {
  const options = Array.from(select.options).filter((option) => option.value !== '' || option.text.trim());
  if (options.length < 2 || options.length > 3) return null;
  const yes = options.filter((option) => answerOf(option.text, option.value) === 'yes');
  const no = options.filter((option) => answerOf(option.text, option.value) === 'no');
  return yes.length === 1 && no.length === 1 ? { yes: yes[0]!, no: no[0]! } : null;
}

const yesOption = (candidate: Candidate) => candidate.yes as HTMLOptionElement;

/** `<select>` with a yes and a no option ("Nieuwsbrief: Ja / Nee"). */
export const select: Widget = {
  kind: 'select',
  type: 'radio',
  selector: 'select',
  matches: (element) => element.tagName === 'SELECT',
  candidates: (kept, scope) => kept.flatMap((element) => {
    const answers = yesNoSelect(element as HTMLSelectElement);
    return answers ? [{ element, widget: 'select' as const, scope, ...answers }] : [];
  }),
  checkedNow: (candidate) => yesOption(candidate).selected,
  checkedInMarkup: (candidate) => {
    const options = Array.from((candidate.element as HTMLSelectElement).options);
    const preset = options.find((option) => option.defaultSelected);
    return preset ? preset === candidate.yes : options[0] === candidate.yes;
  },
  required: () => false,
  alwaysHidden: false,
  off: (candidate, { selector, kind }) => ({ selector, set: 'value', value: ((kind === 'negative' ? candidate.yes : candidate.no) as HTMLOptionElement).value }),
};
