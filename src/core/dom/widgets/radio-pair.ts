import type { Candidate, Scope } from '../discover';
import { formOwner } from '../form-owner';
import { readableText } from '../readable-text';
import { uniqueSelector } from '../selector';
import { answerOf } from '../yes-no';
import type { Widget } from './widget';
import { attributeOf } from '../attribute';

function optionText(radio: Element, scope: Scope): string {
  const [label] = scope.labels.labelsOf(radio, scope.root);
  if (label) return readableText(label, 120);
  const next = radio.nextSibling;
  return next ? readableText(next, 120) : '';
}

/** Radios grouped by form and name; a group of two or three with one yes and one no is a choice. */
function yesNoGroups(radios: Element[], scope: Scope): Candidate[] {
  const formNumbers = new Map<Element | null, number>();
  const groups = new Map<string, Element[]>();
  for (const radio of radios) {
    const form = formOwner(radio);
    if (!formNumbers.has(form)) formNumbers.set(form, formNumbers.size);
    const key = `${formNumbers.get(form)}|${attributeOf(radio, 'name')}`;
    groups.set(key, [...(groups.get(key) ?? []), radio]);
  }
  const candidates: Candidate[] = [];
  for (const options of groups.values()) {
    if (options.length < 2 || options.length > 3) continue;
    const answers = options.map((radio) => answerOf(optionText(radio, scope), attributeOf(radio, 'value')));
    const yes = options.filter((_, i) => answers[i] === 'yes');
    const no = options.filter((_, i) => answers[i] === 'no');
    if (yes.length === 1 && no.length === 1) candidates.push({ element: yes[0]!, widget: 'radio-pair', scope, yes: yes[0]!, no: no[0]! });
  }
  return candidates;
}

/** A yes/no pair of radio buttons ("( ) Ja (•) Nee"), reported once, as its yes option. */
export const radioPair: Widget = {
  kind: 'radio-pair',
  type: 'radio',
  selector: 'input',
  matches: (element) => element.tagName === 'INPUT' && attributeOf(element, 'type').toLowerCase() === 'radio',
  candidates: yesNoGroups,
  checkedNow: (candidate) => (candidate.yes as HTMLInputElement).checked,
  checkedInMarkup: (candidate) => (candidate.yes as HTMLInputElement).defaultChecked,
  required: () => false,
  alwaysHidden: false,
  // "No marketing" is the no option, unless the question is a refusal ("Je ne souhaite pas…: Oui").
  off: (candidate, { counts, kind }) => {
    const choice = kind === 'negative' ? candidate.yes! : candidate.no!;
    return { selector: candidate.scope.prefix + uniqueSelector(choice, candidate.scope.root, counts), set: 'checked' };
  },
};
