import { readableText } from '../dom/readable-text';
import { byTag } from '../dom/take';
import { COUNTRY_MARKS, profileOfCountry } from '../profiles/index';
import type { CountrySignal, CountrySignalKind, ProfileChoice, ProfileId, ProfileReason } from '../types';
import { AUTO_PROFILE } from '../types';
import { pageUrl } from './detect-context';
import { attributeOf } from '../dom/attribute';

// How much each kind of signal says about the shop's country. A legal notice, a country-code
// domain or the address in structured data name it outright; a language or a currency shared by
// several countries only leans (German is spoken in Austria, the euro is everyone's).
const WEIGHT: Record<CountrySignalKind, number> = {
  tld: 3, legalNotice: 3, structuredData: 3, locale: 2, hreflang: 2, countryField: 2, lang: 1, currency: 1,
};
/** Below this, or on a tie, the page does not say where the shop is. */
const ENOUGH = 2;
const CURRENCY_SYMBOLS: Record<string, string> = { '€': 'EUR', '£': 'GBP' };
/** Country-code domains used worldwide for their letters, not their country. */
const GENERIC_CCTLDS = new Set('io co me tv ai fm am ly to cc ws gg sh ac im is it la so st vc'.split(' '));
const REGION = /^[a-z]{2,3}[-_]([a-z]{2})$/i;

type Found = Omit<CountrySignal, 'country'> & { countries: string[] };

/** A country's ISO code as the profiles know it: upper case, the United Kingdom as GB. */
const countryCode = (code: string) => code.toUpperCase().replace('UK', 'GB');
const region = (locale: string) => {
  const code = REGION.exec(locale.trim())?.[1];
  return code && countryCode(code);
};
const head = (page: Document) => Array.from(page.head?.children ?? []);
const meta = (page: Document, property: string) =>
  head(page).find((element) => element.tagName === 'META' && attributeOf(element, 'property') === property)?.getAttribute('content') ?? '';

function domainSignal(host: string): Found[] {
  const tld = host.split('.').pop() ?? '';
  const mark = COUNTRY_MARKS.find((m) => m.tld === tld);
  if (mark) return [{ signal: 'tld', quote: `.${tld}`, countries: [mark.code] }];
  return /^[a-z]{2}$/.test(tld) && !GENERIC_CCTLDS.has(tld) ? [{ signal: 'tld', quote: `.${tld}`, countries: [tld.toUpperCase()] }] : [];
}

function languageSignals(page: Document, url: string): Found[] {
  const found: Found[] = [];
  const lang = page.documentElement?.getAttribute('lang') ?? '';
  const langRegion = region(lang);
  if (langRegion) found.push({ signal: 'locale', quote: lang, countries: [langRegion] });
  else if (lang) found.push({ signal: 'lang', quote: lang, countries: COUNTRY_MARKS.filter((m) => m.languages.includes(lang.slice(0, 2).toLowerCase())).map((m) => m.code) });
  const ogLocale = meta(page, 'og:locale');
  const ogRegion = region(ogLocale);
  if (ogRegion && ogRegion !== langRegion) found.push({ signal: 'locale', quote: ogLocale, countries: [ogRegion] });
  // The alternate that is this very page tells its own locale; the others name the shop's other markets.
  const self = head(page).find((element) => element.tagName === 'LINK' && element.hasAttribute('hreflang') && url && attributeOf(element, 'href') === url);
  const hreflang = self?.getAttribute('hreflang') ?? '';
  const hreflangRegion = region(hreflang);
  if (hreflangRegion) found.push({ signal: 'hreflang', quote: hreflang, countries: [hreflangRegion] });
  return found;
}

function structuredDataSignals(page: Document): { found: Found[]; currencies: string[] } {
  const found: Found[] = [];
  const currencies: string[] = [];
  for (const script of byTag(page, 'script', 40)) {
    if (attributeOf(script, 'type') !== 'application/ld+json') continue;
    const json = (script.textContent ?? '').slice(0, 50000);
    const country = /"addressCountry"\s*:\s*(?:\{[^}]*?"name"\s*:\s*)?"([A-Za-z]{2})"/.exec(json)?.[1];
    if (country) found.push({ signal: 'structuredData', quote: `addressCountry ${country}`, countries: [countryCode(country)] });
    const currency = /"priceCurrency"\s*:\s*"([A-Z]{3})"/.exec(json)?.[1];
    if (currency) currencies.push(currency);
  }
  return { found, currencies };
}

/** The default of an address form's country field: `<select name="billing_country">` with "DE" selected. */
function countryFieldSignals(page: Document): Found[] {
  const fields = [...byTag(page, 'select', 50), ...byTag(page, 'input', 300)];
  const field = fields.find((element) => /country/i.test(`${attributeOf(element, 'name')} ${element.id} ${attributeOf(element, 'autocomplete')}`) && /^[A-Za-z]{2}$/.test((element as HTMLInputElement).value ?? ''));
  if (!field) return [];
  const value = (field as HTMLInputElement).value;
  return [{ signal: 'countryField', quote: value, countries: [countryCode(value)] }];
}

function textSignals(page: Document, currencies: string[]): Found[] {
  const body = page.body;
  if (!body) return [];
  // The top of the page (header, prices) and its footers (the imprint's numbers): reading all of a
  // long page would cost as much as the rest of the scan.
  const footers = byTag(page, 'footer', 2).map((footer) => readableText(footer, 3000));
  const text = [readableText(body, 4000), ...footers].join(' ');
  const found: Found[] = [];
  for (const mark of COUNTRY_MARKS) {
    const notice = mark.legalNotices.map((pattern) => pattern.exec(text)?.[0]).find(Boolean);
    if (notice) found.push({ signal: 'legalNotice', quote: notice, countries: [mark.code] });
  }
  const symbol = Object.keys(CURRENCY_SYMBOLS).find((s) => text.includes(s));
  const currency = meta(page, 'product:price:currency') || meta(page, 'og:price:currency') || currencies[0] || (symbol && CURRENCY_SYMBOLS[symbol]);
  if (currency) found.push({ signal: 'currency', quote: currency, countries: COUNTRY_MARKS.filter((m) => m.currencies.includes(currency)).map((m) => m.code) });
  return found;
}

function decide(found: Found[]): { country: string | null; signals: CountrySignal[] } {
  const scores = new Map<string, number>();
  for (const { signal, countries } of found) for (const country of countries) scores.set(country, (scores.get(country) ?? 0) + WEIGHT[signal]);
  const [best, second] = [...scores.entries()].sort((a, b) => b[1] - a[1]);
  if (!best || best[1] < ENOUGH || best[1] === second?.[1]) return { country: null, signals: [] };
  const country = best[0];
  return { country, signals: found.filter((f) => f.countries.includes(country)).map(({ signal, quote }) => ({ signal, country, quote })) };
}

/**
 * Where the shop is, from what the page says about itself: its domain, language and locale, currency,
 * the default of its country field, VAT or register numbers in its imprint, the address in its
 * structured data. Several signals, never one word; null when they are too weak or disagree.
 */
export function detectShopCountry(page: Document, url: string): { country: string | null; signals: CountrySignal[] } {
  const address = pageUrl(page, url);
  const host = /^https?:\/\/([^/:?#]+)/i.exec(address)?.[1]?.toLowerCase() ?? '';
  const data = structuredDataSignals(page);
  return decide([...domainSignal(host), ...languageSignals(page, address), ...data.found, ...countryFieldSignals(page), ...textSignals(page, data.currencies)]);
}

/** The profile to judge by: the person's choice, or under `auto` the shop's country (`nl` when unknown). */
export function chooseProfile(page: Document, url: string, chosen: ProfileChoice = AUTO_PROFILE): { profile: ProfileId; reason: ProfileReason } {
  const { country, signals } = detectShopCountry(page, url);
  return { profile: chosen === AUTO_PROFILE ? profileOfCountry(country) : chosen, reason: { chosen, country, signals } };
}
