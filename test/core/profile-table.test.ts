// The same form under every profile gives the verdict the table of docs/decisions.md §5 predicts.
// Each page is a fixture (test/fixtures/<name>.html); the row is read across the profiles.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../src/cli/load-page';
import { auditDocument } from '../../src/core/index';
import type { ProfileId, Verdict } from '../../src/core/types';
import { PROFILES } from '../../src/core/types';

type Row = Record<ProfileId, Verdict>;
const row = (nl: Verdict, euConsent: Verdict, de: Verdict, fr: Verdict, uk: Verdict, be: Verdict, es: Verdict): Row =>
  ({ nl, 'eu-consent': euConsent, de, fr, uk, be, es });
const [ok, no, review] = ['compliant', 'non-compliant', 'needs-review'] as const;

const TABLE: [string, string, Row][] = [
  ['pre-ticked own offers at checkout, unsubscribe announced, no basic-rate notice',
    'de-woocommerce-germanized-checkout-preticked-without-basistarif-notice', row(ok, no, no, no, ok, review, ok)],
  ['pre-ticked own offers at checkout with the at-any-time, basic-rate notice',
    'de-shopware6-checkout-preticked-with-basistarif-notice', row(ok, no, ok, no, ok, review, ok)],
  ['an unticked "no advertising" box at checkout, no basic-rate notice',
    'de-checkout-negative-unticked-without-notice-payback', row(ok, no, no, ok, ok, ok, ok)],
  ['a pre-ticked box on a quote request',
    'en-uk-kitchen-fitter-quote-request-preticked-offers', row(no, no, no, no, ok, review, review)],
  ['a pre-ticked box on a form that shows no sale or its absence',
    'fr-formulaire-contexte-incertain-case-precochee', row(review, no, no, no, review, review, review)],
  ['an unticked newsletter box at checkout',
    'fr-checkout-optin-newsletter-unticked', row(ok, ok, ok, ok, ok, ok, ok)],
  ['a pre-ticked partner box at checkout',
    'es-checkout-ofertas-socios-premarcada', row(no, no, no, no, no, no, no)],
];

/** A fixture page and the address it was saved from. */
function fixture(name: string): { html: string; url: string } {
  const html = readFileSync(new URL(`../fixtures/${name}.html`, import.meta.url), 'utf8');
  const { url } = JSON.parse(readFileSync(new URL(`../fixtures/${name}.json`, import.meta.url), 'utf8')) as { url: string };
  return { html, url };
}

function verdictsOf(name: string): Row {
  const { html, url } = fixture(name);
  return Object.fromEntries(PROFILES.map((profile) => [profile, auditDocument(parsePage(html, url), { url, profile }).verdict])) as Row;
}

describe('one form, every profile (decisions.md §5)', () => {
  it.each(TABLE)('%s', (_, name, expected) => {
    expect(verdictsOf(name)).toEqual(expected);
  });

  it('has a column for every profile the engine knows', () => {
    for (const [, , expected] of TABLE) expect(Object.keys(expected).sort()).toEqual([...PROFILES].sort());
  });
});

describe('each profile cites its own law', () => {
  it('a pre-ticked partner box at a British checkout cites PECR, the UK GDPR and the ICO, not EU directives', () => {
    const { html, url } = fixture('en-uk-checkout-partner-offers-preticked');
    const report = auditDocument(parsePage(html, url), { url });
    const cited = report.forms.flatMap((form) => form.findings.flatMap((finding) => finding.legal));
    expect(report.profile).toBe('uk');
    expect(cited).toEqual(expect.arrayContaining(['PECR reg. 22(3)', 'ICO guidance']));
    expect(cited.filter((ref) => /^(GDPR|ePrivacy|EDPB)/.test(ref))).toEqual([]);
  });
});
