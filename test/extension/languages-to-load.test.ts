// @vitest-environment jsdom
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { languagesToLoad, stopwordTable } from '../../src/background/languages-to-load';
import { CANDIDATE_SELECTOR } from '../../src/content/candidate-selector';
import { pageSample } from '../../src/content/page-sample';
import { ALL_LEXICONS } from '../../src/core/lexicons/index';
import { isLoadEngineRequest } from '../../src/shared-ui/is-load-engine-request';

const TABLE = stopwordTable(ALL_LEXICONS);

/** The page as the sentinel sees it once loaded: jsdom's parser, without the page's scripts. */
function page(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

const languagesOf = (html: string) => languagesToLoad(pageSample(page(html)), TABLE);

describe('the lexicons injected for a page', () => {
  it('a Dutch checkout gets Dutch, with English as second reader', () => {
    expect(languagesOf(`<html lang="nl-NL"><title>Afrekenen</title><form><label><input type="checkbox" name="newsletter"> Ja, ik wil de nieuwsbrief van de winkel ontvangen</label><button>Bestelling plaatsen</button></form>`)).toEqual(['nl', 'en']);
  });

  it('a Belgian page declared French whose form is also in Dutch gets both, and English', () => {
    const html = `<html lang="fr-BE"><title>Commande | Boutique</title><form>
      <label><input type="checkbox"> Je souhaite recevoir la newsletter et les offres de la boutique par e-mail</label>
      <label><input type="checkbox"> Ik wil de nieuwsbrief en de aanbiedingen van de winkel per e-mail ontvangen</label>
      <button>Commander / Bestellen</button></form>`;
    expect(languagesOf(html)).toEqual(['nl', 'en', 'fr']);
  });

  it('a Swiss page declared German with a French sign-up block gets both', () => {
    const html = `<html lang="de-CH"><title>Kasse</title>
      <form><label><input type="checkbox"> Ich möchte den Newsletter mit Angeboten und Neuheiten per E-Mail erhalten, die Abmeldung ist jederzeit möglich</label></form>
      <form class="newsletter"><label>E-mail <input type="email"></label><p>Je souhaite recevoir les offres et les nouveautés de la boutique, je peux me désabonner à tout moment.</p></form>`;
    expect(languagesOf(html)).toEqual(['en', 'de', 'fr']);
  });

  it('a Spanish page that declares no language is read in Spanish from its text', () => {
    expect(languagesOf(`<html><title>Finalizar compra</title><form><label><input type="checkbox"> No deseo recibir la newsletter ni las ofertas de la tienda por correo electrónico</label></form>`)).toEqual(['en', 'es']);
  });

  it('an English page, or one in a language Vinkje lacks, gets English only', () => {
    expect(languagesOf(`<html lang="en-GB"><form><label><input type="checkbox"> Sign me up for the newsletter</label></form>`)).toEqual(['en']);
    expect(languagesOf(`<html lang="cs"><form><label><input type="checkbox"> Chci dostávat newsletter</label></form>`)).toEqual(['en']);
  });

  // Every fixture page declares its language; without it, its text alone must still name it. JTL's
  // checkout holds no German function word ("Newsletter abonnieren", "Weiter zur Versandart"):
  // there only the attribute can tell, and English reads "Newsletter".
  const WORDLESS = ['de-jtl5-nova-checkout-newsletter-abonnieren-optin.html'];
  const fixtures = readdirSync('test/fixtures').filter((name) => name.endsWith('.html') && !WORDLESS.includes(name));
  it.each(fixtures)('%s without its lang attribute still gets its own language', (name) => {
    const doc = page(readFileSync(`test/fixtures/${name}`, 'utf8'));
    doc.documentElement.removeAttribute('lang');
    expect(languagesToLoad(pageSample(doc), TABLE)).toContain(name.slice(0, 2));
  });
});

describe('what wakes the sentinel', () => {
  it('a search box or a login form alone does not, a checkbox, a yes/no select or a sign-up e-mail field does', () => {
    const candidates = (html: string) => page(html).querySelector(CANDIDATE_SELECTOR) !== null;
    expect(candidates(`<form role="search"><input type="search" name="q"><button>Zoeken</button></form>`)).toBe(false);
    expect(candidates(`<form><input name="username"><input type="password" name="password"></form>`)).toBe(false);
    expect(candidates(`<form><label><input type="checkbox" name="newsletter"> Nieuwsbrief</label></form>`)).toBe(true);
    expect(candidates(`<form><select name="optin"><option>Ja</option><option>Nee</option></select></form>`)).toBe(true);
    // Shopify's footer sign-up: the marketing choice is a hidden tag beside the e-mail field.
    expect(candidates(`<form action="/contact#contact_form"><input type="hidden" name="contact[tags]" value="newsletter"><input type="email" name="contact[email]"></form>`)).toBe(true);
  });

  it('its request carries a short language tag and a bounded text sample, or the worker ignores it', () => {
    const sample = pageSample(page(`<html lang="nl"><form><label><input type="checkbox"> ${'nieuwsbrief '.repeat(2000)}</label></form>`));
    expect(isLoadEngineRequest({ type: 'vinkje:load-engine', ...sample })).toBe(true);
    expect(isLoadEngineRequest({ type: 'vinkje:load-engine', lang: 'nl', text: 'x'.repeat(5000) })).toBe(false);
    expect(isLoadEngineRequest({ type: 'vinkje:load-engine', lang: 'x'.repeat(100), text: '' })).toBe(false);
    expect(isLoadEngineRequest({ type: 'vinkje:load-engine', lang: 'nl' })).toBe(false);
  });
});
