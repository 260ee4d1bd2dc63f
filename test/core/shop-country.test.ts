// The shop's country is read from several signals on the page (docs/decisions.md §5): the profile
// `auto` judges by it, and the report says which signals decided.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { auditDocument } from '../../src/core/index';
import { chooseProfile, detectShopCountry } from '../../src/core/context/shop-country';

const page = (html: string, url = 'https://shop.example/') => new JSDOM(html, { url }).window.document;
const checkout = '<form><label><input type="checkbox" checked> Angebote per E-Mail erhalten</label><button>Zahlungspflichtig bestellen</button> Summe 12,95 €</form>';

describe('the shop\'s country', () => {
  it.each([
    ['a country-code domain and a locale', '<html lang="de-DE"><body></body></html>', 'https://www.teeladen.de/', 'DE'],
    ['a .co.uk domain', '<html lang="en"><body></body></html>', 'https://www.kettle.co.uk/', 'GB'],
    ['a locale and the euro on a .com', '<html lang="fr-BE"><body>Total 12,00 €</body></html>', 'https://www.praline.com/', 'BE'],
    ['a VAT number in the footer and the page language', '<html lang="es"><body><footer>Tienda S.L. · CIF B12345678</footer></body></html>', 'https://tienda.shop/', 'ES'],
    ['the address in structured data', '<html><head><script type="application/ld+json">{"address":{"addressCountry":"FR"}}</script></head><body></body></html>', 'https://boutique.com/', 'FR'],
    ['the default of the country field and the pound', '<html lang="en"><body><select name="shipping_country"><option value="IE">Ireland</option><option value="GB" selected>UK</option></select> £4.99</body></html>', 'https://yarn.com/', 'GB'],
    ['Dutch, the euro and a KvK number', '<html lang="nl"><body>Totaal € 9,95 <footer>KvK 12345678</footer></body></html>', 'https://winkel.com/', 'NL'],
  ])('is read from %s', (_, html, url, country) => {
    expect(detectShopCountry(page(html, url), url).country).toBe(country);
  });

  it('is unknown when only the language speaks (French is spoken in Belgium too)', () => {
    expect(detectShopCountry(page('<html lang="fr"><body></body></html>'), 'https://boutique.com/')).toEqual({ country: null, signals: [] });
  });

  it('goes to the stronger signal, and is unknown when the strongest tie', () => {
    expect(detectShopCountry(page('<html lang="en-GB"><body></body></html>', 'https://x.nl/'), 'https://x.nl/').country).toBe('NL');
    expect(detectShopCountry(page('<html lang="en-GB"><body><footer>KvK 12345678</footer></body></html>', 'https://x.de/'), 'https://x.de/').country).toBeNull();
  });

  it('names a country Vinkje has no profile for, and judges it under nl', () => {
    const doc = page('<html lang="de-AT"><body></body></html>', 'https://www.shop.at/');
    expect(chooseProfile(doc, 'https://www.shop.at/')).toMatchObject({ profile: 'nl', reason: { chosen: 'auto', country: 'AT' } });
  });

  it('reads a saved page\'s canonical address', () => {
    const doc = page('<html><head><link rel="canonical" href="https://www.kaffee.de/kasse"></head><body></body></html>', 'about:blank');
    expect(detectShopCountry(doc, 'file.html').country).toBe('DE');
  });
});

describe('the report says which profile judged it, and why', () => {
  it('auto: the shop\'s country, with the signals that agree on it', () => {
    const report = auditDocument(page(`<html lang="de-DE"><body>${checkout}</body></html>`, 'https://www.teeladen.de/kasse'));
    expect(report.profile).toBe('de');
    expect(report.profileReason).toEqual({
      chosen: 'auto', country: 'DE',
      signals: [{ signal: 'tld', country: 'DE', quote: '.de' }, { signal: 'locale', country: 'DE', quote: 'de-DE' }, { signal: 'currency', country: 'DE', quote: 'EUR' }],
    });
  });

  it('auto without a country: nl, the default', () => {
    const report = auditDocument(page(`<body>${checkout}</body>`));
    expect(report).toMatchObject({ profile: 'nl', profileReason: { chosen: 'auto', country: null, signals: [] } });
  });

  it('a person\'s choice wins; the country is still told', () => {
    const report = auditDocument(page(`<html lang="de-DE"><body>${checkout}</body></html>`, 'https://www.teeladen.de/kasse'), { profile: 'fr' });
    expect(report).toMatchObject({ profile: 'fr', profileReason: { chosen: 'fr', country: 'DE' } });
  });
});
