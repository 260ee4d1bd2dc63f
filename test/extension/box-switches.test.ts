// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import type { ControlReport, Report } from '../../src/core/types';
import { trackUserChanges } from '../../src/content/track-user-changes';
import { BoxSwitches } from '../../src/content/box-switches';
import { sampleReport } from './sample-report';

const control = (selector: string, off: ControlReport['off']): ControlReport => ({
  ...sampleReport().forms[0]!.controls[0]!,
  selector,
  off,
});

function report(): Report {
  const base = sampleReport();
  base.forms[0]!.controls = [
    control('#partners', { selector: '#partners', set: 'unchecked' }),
    control('#newsletter', { selector: '#newsletter', set: 'unchecked' }),
    control('#nomail', { selector: '#nomail', set: 'checked' }),
    control('#pref', { selector: '#pref', set: 'value', value: 'no' }),
    control('fieldset#offers', { selector: '#offers-no', set: 'checked' }),
    control('#already-off', { selector: '#already-off', set: 'unchecked' }),
    { ...control('#terms', null), marketing: false },
  ];
  return base;
}

const resolve = (selector: string) => document.querySelector(selector);
const switches = (user: ReturnType<typeof trackUserChanges>) => new BoxSwitches(resolve, user);
const untickAll = (report: Report, _resolve: typeof resolve, user: ReturnType<typeof trackUserChanges>) => switches(user).untickAll(report);

const $ = <T extends Element = HTMLInputElement>(selector: string) => document.querySelector(selector) as T;

describe('untick all', () => {
  let seen: string[];
  let userEvents: Set<Event>;
  beforeEach(() => {
    document.body.innerHTML = `<form id="checkout">
      <input type="checkbox" id="partners" checked><input type="checkbox" id="newsletter" checked>
      <input type="checkbox" id="nomail"><select id="pref"><option>yes</option><option>no</option></select>
      <fieldset id="offers"><input type="radio" name="offers" id="offers-yes" checked><input type="radio" name="offers" id="offers-no"></fieldset>
      <input type="checkbox" id="already-off"><input type="checkbox" id="terms" checked></form>`;
    seen = [];
    for (const type of ['input', 'change']) document.addEventListener(type, (event) => seen.push(`${type}:${(event.target as Element).id}`));
    userEvents = new Set();
  });
  /** A person's click on a box, as the tracker sees it: a click event the browser trusts. */
  const userClick = (element: Element) => {
    const click = new MouseEvent('click', { bubbles: true });
    userEvents.add(click);
    element.dispatchEvent(click);
  };

  it('sets every marketing control to no marketing and the page sees input and change', () => {
    const result = untickAll(report(), resolve, trackUserChanges(document, (event) => userEvents.has(event)));
    expect(result).toMatchObject({ changed: 5, skippedByUser: 0 });
    expect([$('#partners').checked, $('#newsletter').checked, $('#nomail').checked]).toEqual([false, false, true]);
    expect($<HTMLSelectElement>('#pref').value).toBe('no');
    expect([$('#offers-yes').checked, $('#offers-no').checked]).toEqual([false, true]);
    expect($('#terms').checked).toBe(true);
    expect(seen).toEqual(expect.arrayContaining(['input:partners', 'change:partners', 'change:nomail', 'change:pref', 'change:offers-no']));
    expect(seen.filter((entry) => entry.endsWith(':already-off') || entry.endsWith(':terms'))).toEqual([]);
  });

  it('never touches a box the person changed themselves', () => {
    const touched = trackUserChanges(document, (event) => userEvents.has(event));
    userClick($('#newsletter'));
    userClick($('#newsletter'));
    userClick($('#offers-yes'));
    expect(untickAll(report(), resolve, touched)).toMatchObject({ changed: 3, skippedByUser: 2 });
    expect($('#newsletter').checked).toBe(true);
    expect($('#offers-yes').checked).toBe(true);
  });

  it('does not take a page script\'s click() for the person, though the browser fires its change events trusted', () => {
    const touched = trackUserChanges(document);
    for (const id of ['#newsletter', '#newsletter', '#partners', '#partners']) $(id).click();
    expect(untickAll(report(), resolve, touched)).toMatchObject({ changed: 5, skippedByUser: 0 });
  });

  it('does not mistake its own events for the person', () => {
    const touched = trackUserChanges(document, () => true);
    untickAll(report(), resolve, touched);
    $('#partners').checked = true;
    expect(untickAll(report(), resolve, touched)).toMatchObject({ changed: 1, skippedByUser: 0 });
  });

  it('still unticks when the page swallows the click', () => {
    $('#partners').addEventListener('click', (event) => event.preventDefault());
    const result = untickAll(report(), resolve, trackUserChanges(document, () => false));
    expect(result.changed).toBe(5);
    expect($('#partners').checked).toBe(false);
    expect(seen).toContain('change:partners');
  });

  it('unticks one box and puts it back, radios and selects included, and says where each stands', () => {
    const boxes = switches(trackUserChanges(document, () => false));
    const all = report();
    const [partners, , , pref, offers] = all.forms[0]!.controls;
    expect(boxes.untick([partners!, pref!, offers!])).toEqual({ changed: 3, skippedByUser: 0, selectors: ['#partners', '#pref', 'fieldset#offers'] });
    expect($('#partners').checked).toBe(false);
    expect($('#newsletter').checked).toBe(true);
    expect(boxes.states(all)).toMatchObject({ '#partners': 'unticked', '#newsletter': 'on', '#already-off': 'off', '#pref': 'unticked' });
    seen = [];
    expect(boxes.retick(all, ['#partners', '#pref', 'fieldset#offers', '#newsletter'])).toMatchObject({ changed: 3, selectors: ['#partners', '#pref', 'fieldset#offers'] });
    expect([$('#partners').checked, $('#offers-yes').checked, $('#offers-no').checked]).toEqual([true, true, false]);
    expect($<HTMLSelectElement>('#pref').value).toBe('yes');
    expect(seen).toEqual(expect.arrayContaining(['change:partners', 'change:pref', 'change:offers-yes']));
    expect(boxes.states(all)['#partners']).toBe('on');
  });

  it('never re-ticks a box the person changed after Vinkje unticked it', () => {
    const boxes = switches(trackUserChanges(document, (event) => userEvents.has(event)));
    const all = report();
    boxes.untickAll(all);
    userClick($('#partners'));
    userClick($('#partners'));
    expect(boxes.states(all)['#partners']).toBe('yours');
    expect(boxes.retick(all, ['#partners', '#newsletter'])).toMatchObject({ changed: 1, skippedByUser: 1 });
    expect([$('#partners').checked, $('#newsletter').checked]).toEqual([false, true]);
  });
});
