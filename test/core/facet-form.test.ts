// A category page's filter sidebar is a form of checkboxes too, often without a "filter" class
// to know it by (issue 12): it changes the page's query, nobody consents to anything in it.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { auditDocument } from '../../src/core/index';

const page = (html: string) => new JSDOM(`<html lang="nl"><body>${html}</body></html>`).window.document;

const facet = (name: string, value: string, count: number, i: number) =>
  `<li><label for="${name}-${i}"><input type="checkbox" id="${name}-${i}" name="${name}[]" value="${value.toLowerCase()}"> ${value} <span class="count">(${count})</span></label></li>`;

/** A Lightspeed-style sidebar: colour and size facets with their counts, and a button that applies them. */
const sidebar = ({ method = 'get', extra = '' } = {}) => `<aside class="sidebar">
  <form class="collection-options" action="/fietsen" method="${method}">
    <fieldset><legend>Kleur</legend><ul>${['Rood', 'Blauw', 'Groen'].map((v, i) => facet('kleur', v, 4 + i, i)).join('')}</ul></fieldset>
    <fieldset><legend>Beschikbaarheid</legend><ul>
      <li><label><input type="checkbox" name="garantie" value="1"> Met garantie</label></li>
      <li><label><input type="checkbox" name="ophalen" value="1"> Ophalen in de winkel</label></li></ul></fieldset>
    ${extra}<button type="submit">Toon resultaten</button></form></aside>`;

const checkout = `<form id="checkout" method="post" action="/afrekenen"><h2>Bestelling afronden</h2>
  <label for="email">E-mailadres</label><input type="email" id="email" name="email">
  <label><input type="checkbox" id="news" name="newsletter" checked> Graag ontvang ik gerelateerde aanbiedingen</label>
  <button type="submit">Bestelling plaatsen</button></form>`;

const formSelectors = (html: string) => auditDocument(page(html)).forms.map((form) => form.selector);

describe('a filter form without a filter class', () => {
  it('is left out of the report, while the checkout beside it is judged', () => {
    const report = auditDocument(page(`${sidebar()}${checkout}`));
    expect(report.forms.map((form) => form.selector)).toEqual(['#checkout']);
    expect(report.forms[0]!.controls.map((control) => control.selector)).toEqual(['#news']);
  });

  it('is left out with a ticked "Sale" facet: nobody is signed up through a form that asks for nothing', () => {
    const sale = '<li><label><input type="checkbox" name="sale" value="1" checked> Sale</label></li><li><label><input type="checkbox" name="actie" value="1"> Aanbieding</label></li>';
    const report = auditDocument(page(sidebar({ extra: sale })));
    expect(report.forms).toEqual([]);
    expect(report.verdict).toBe('no-marketing');
  });

  it('with a typed price range, is judged after all when one of its boxes could be a mailing', () => {
    const range = '<input type="text" name="min_price" aria-label="Minimumprijs"><input type="text" name="max_price" aria-label="Maximumprijs">';
    const newsletter = '<label><input type="checkbox" name="nieuwsbrief" value="1"> Stuur mij de nieuwsbrief</label>';
    expect(formSelectors(sidebar({ extra: range }))).toEqual([]);
    const report = auditDocument(page(sidebar({ extra: `${range}${newsletter}` })));
    expect(report.forms).toHaveLength(1);
    expect(report.forms[0]!.controls.filter((control) => control.marketing).map((control) => control.label)).toEqual(['Stuur mij de nieuwsbrief']);
  });

  it('is judged after all when it takes an e-mail address', () => {
    expect(formSelectors(sidebar({ extra: '<input type="email" name="email">' }))).toHaveLength(1);
  });

  it('is still listed when a button of it posts instead', () => {
    expect(formSelectors(sidebar({ extra: '<button type="submit" formmethod="post">Bewaar mijn voorkeuren</button>' }))).toHaveLength(1);
  });

  it('is still listed when it posts: a form that posts its boxes may be recording a choice', () => {
    const report = auditDocument(page(sidebar({ method: 'post' })));
    expect(report.forms).toHaveLength(1);
    expect(report.forms[0]!.controls).toHaveLength(5);
    expect(report.forms[0]!.verdict).toBe('no-marketing');
  });
});

describe('a form that only changes the page\'s query', () => {
  const notice = '<p class="promo">Je ontvangt onze nieuwsbrief met aanbiedingen.</p>';

  it('is no form announcing marketing, even when a promotion inside it reads like one', () => {
    const search = `<form role="search" action="/zoeken" method="get"><input type="search" name="q" aria-label="Zoeken">${notice}<button>Zoeken</button></form>`;
    const report = auditDocument(page(`${sidebar({ extra: notice })}${search}`));
    expect(report.forms).toEqual([]);
    expect(report.verdict).toBe('no-marketing');
  });

  it('is still read for its notice when it asks for an address in a plain text field: a sign-up', () => {
    const signup = `<form action="/aanmelden" method="get">${notice}<input type="text" name="email" aria-label="E-mailadres"><button>Aanmelden</button></form>`;
    const report = auditDocument(page(signup));
    expect(report.forms.map((form) => [form.context, form.requirements.priorNotice.status])).toEqual([['newsletter', 'met']]);
  });
});
