import { pageLanguages } from './page-languages';
import { lexiconFor, matchesOf } from '../lexicons/compiled';
import { firstMatchInText, readableText } from '../dom/readable-text';
import { byTag } from '../dom/take';
import { formParts } from './form-parts';
import { LONGEST_PRICE, PRICE } from './price';
import { formNameWords, landmarkOf, textBefore } from './surroundings';
import { fieldNameHas } from '../lexicons/any-language';
import { normalizeText } from '../text/normalize';
import type { ContextWords } from '../lexicons/lexicon';
import type { ContextSignal, FormContext, SignalKind } from '../types';
import { attributeOf } from '../dom/attribute';

export interface ContextResult {
  context: FormContext;
  evidence: ContextSignal[];
}

/** Scores per context, with the signals behind each. */
interface Scores {
  pageLanguages: readonly string[];
  byContext: Map<ContextWords, { score: number; evidence: ContextSignal[] }>;
}

function add(scores: Scores, context: ContextWords, weight: number, kind: SignalKind, quote?: string): void {
  const entry = scores.byContext.get(context) ?? { score: 0, evidence: [] };
  entry.score += weight;
  if (entry.evidence.length < 4) entry.evidence.push(quote === undefined ? { signal: kind } : { signal: kind, quote });
  scores.byContext.set(context, entry);
}

function textSignals(scores: Scores, text: string, weight: number, kind: SignalKind, quote = text): void {
  const normalized = normalizeText(text);
  if (!normalized) return;
  for (const lang of scores.pageLanguages) {
    for (const [context, pattern] of lexiconFor(lang).context) {
      const hit = matchesOf(pattern, normalized)[0];
      if (hit) add(scores, context, weight, kind, quote.slice(0, 60));
    }
  }
}

/** Field types and a price on the form; returns whether a price was seen. */
function fieldSignals(scores: Scores, formText: string, fields: Element[]): boolean {
  const typed = (type: string) => fields.filter((field) => (field.getAttribute('type') ?? 'text').toLowerCase() === type);
  if (typed('password').length) add(scores, 'registration', 3, 'passwordField');
  const textarea = fields.some((field) => field.tagName === 'TEXTAREA');
  if (textarea) add(scores, 'contact', 2, 'messageField');
  const payment = fields.find((field) => [attributeOf(field, 'name'), attributeOf(field, 'autocomplete'), field.id].some((name) => name && fieldNameHas('payment', name)));
  if (payment) add(scores, 'purchase', 4, 'paymentField', payment.getAttribute('name') ?? payment.id);
  // A honeypot or token field is nothing a person fills in (MC4WP's `_mc4wp_honeypot`).
  const textLike = fields.filter((field) => /^(text|email|tel|)$/.test(attributeOf(field, 'type').toLowerCase()) && field.tagName === 'INPUT' && !fieldNameHas('bookkeeping', attributeOf(field, 'name')));
  if (textLike.length <= 2 && typed('email').length + textLike.length >= 1 && !typed('password').length && !textarea) {
    // The address alone says more than the address with a name or postcode beside it.
    add(scores, 'newsletter', textLike.length === 1 ? 3 : 2, 'onlyEmailField');
  }
  const price = PRICE.exec(formText.slice(0, 4000));
  if (price) add(scores, 'purchase', 3, 'price', price[0]);
  return price !== null;
}

/** What a person sees around the form: the heading just above it, a footer or sidebar, the form's own name. */
function surroundingSignals(scores: Scores, form: Element): void {
  for (const text of textBefore(form)) textSignals(scores, text, 2, 'nearText');
  if (landmarkOf(form)) add(scores, 'newsletter', 1, 'landmark', landmarkOf(form)!.tagName.toLowerCase());
  const words = formNameWords(form);
  if (words) textSignals(scores, words, 1, 'formName', words);
}

/** Checkout steps often keep the order summary and step headings outside the <form>; a footer's form is not about them. */
function pageSignals(scores: Scores, page: Document, form: Element, formHasPrice: boolean): void {
  const body = page.body;
  if (!body || landmarkOf(form)) return;
  const headings = ['h1', 'h2', 'h3'].flatMap((tag) => byTag(body, tag, 4));
  for (const heading of headings.slice(0, 10)) textSignals(scores, readableText(heading, 80), 1, 'pageHeading');
  if (formHasPrice) return;
  const price = firstMatchInText(body, PRICE, LONGEST_PRICE, 20000, (element) => element === form);
  if (price) add(scores, 'purchase', 2, 'pagePrice', price[0]);
}

function pick(scores: Scores): ContextResult {
  const ranked = [...scores.byContext.entries()].sort((a, b) => b[1].score - a[1].score);
  const [best, second] = ranked;
  // A donation page (its amounts look like prices) leaves open whether the donor is a customer.
  if (!best || best[1].score < 3 || (second && second[1].score === best[1].score) || best[0] === 'donation') {
    return { context: 'unknown', evidence: ranked.slice(0, 2).flatMap(([, entry]) => entry.evidence) };
  }
  return { context: best[0], evidence: best[1].evidence };
}

/** The web address: given, or for a saved page its canonical link (a file name says nothing). */
export function pageUrl(page: Document, url: string): string {
  if (/^https?:/i.test(url)) return url;
  const head = Array.from(page.head?.children ?? []);
  const link = head.find((element) => element.tagName === 'LINK' && attributeOf(element, 'rel') === 'canonical');
  const meta = head.find((element) => element.tagName === 'META' && attributeOf(element, 'property') === 'og:url');
  const canonical = link?.getAttribute('href') ?? meta?.getAttribute('content');
  return canonical && /^https?:/i.test(canonical) ? canonical : '';
}


/**
 * Purchase, registration, newsletter, contact or survey, from several weak signals: the
 * submit buttons, headings, URL and page title, field types and prices. Never one word.
 */
export function detectContext(form: Element, formText: string, page: Document, url: string, pageLang?: string): ContextResult {
  const scores: Scores = { pageLanguages: pageLanguages(pageLang), byContext: new Map() };
  const parts = formParts(form);
  for (const text of parts.buttons) textSignals(scores, text, 3.5, 'button');
  for (const text of parts.headings) textSignals(scores, text, 1, 'heading');
  if (page.title) textSignals(scores, page.title, 1, 'pageTitle');
  const path = pageUrl(page, url).replace(/^[a-z]+:\/\/[^/]+/i, '');
  const words = path.replace(/[-_/?=&.]+/g, ' ');
  if (words.trim()) textSignals(scores, words, 2, 'url', path);
  const formHasPrice = fieldSignals(scores, formText, parts.fields);
  surroundingSignals(scores, form);
  pageSignals(scores, page, form, formHasPrice);
  return pick(scores);
}
