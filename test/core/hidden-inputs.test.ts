// Which hidden inputs are marketing choices, read from what the real plugins print
// (docs/decisions.md §2 controls, §4 bookkeeping fields and newsletter-only forms).
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { auditDocument } from '../../src/core/index';

const checkout = (hidden: string) =>
  new JSDOM(`<form id="co"><h2>Checkout</h2><input type="email" name="email">${hidden}<p>Total €24.95</p><button>Place order</button></form>`).window.document;

const hiddenControls = (doc: Document) => auditDocument(doc).forms.flatMap((form) => form.controls).filter((control) => control.type === 'hidden');

describe('hidden inputs that only keep books are never controls', () => {
  it.each([
    ['MailPoet: the box was shown', '<input type="hidden" name="mailpoet_woocommerce_checkout_optin_present" value="1">'],
    ['a plugin that records the box was displayed', '<input type="hidden" name="newsletter_checkbox_displayed" value="yes">'],
    ['Shopify: form type and charset', '<input type="hidden" name="form_type" value="customer"><input type="hidden" name="utf8" value="✓">'],
    ['Magento: form_key (CSRF)', '<input type="hidden" name="form_key" value="fNs8Kd0W">'],
    ['a sign-up nonce', '<input type="hidden" name="newsletter_nonce" value="1">'],
    ['WooCommerce checkout nonce', '<input type="hidden" name="woocommerce-process-checkout-nonce" value="3f1c9a7b2e">'],
    ['MC4WP form bookkeeping', '<input type="hidden" name="_mc4wp_timestamp" value="1764580000"><input type="hidden" name="_mc4wp_form_id" value="12">'],
    ['Klaviyo list routing', '<input type="hidden" name="g" value="XyZ123"><input type="hidden" name="$fields" value="$source">'],
    ['PrestaShop ps_emailsubscription', '<input type="hidden" name="blockHookName" value="displayFooterBefore"><input type="hidden" name="action" value="0">'],
    ['Shopware CSRF token', '<input type="hidden" name="_csrf_token" value="3b0f7d1c">'],
    ['where the opt-in came from', '<input type="hidden" name="checkout[email_opt_in_source]" value="checkout">'],
  ])('%s', (_, hidden) => {
    const doc = checkout(hidden);
    expect(hiddenControls(doc)).toEqual([]);
    expect(auditDocument(doc).verdict).not.toBe('non-compliant');
  });
});

describe('hidden inputs whose name and value make a marketing choice are controls', () => {
  it.each([
    ['newsletter=1', '<input type="hidden" name="newsletter" value="1">'],
    ['optin=yes', '<input type="hidden" name="optin" value="yes">'],
    ['Shopify accepts_marketing=true', '<input type="hidden" name="customer[accepts_marketing]" value="true">'],
    ['Shopify contact[tags]=newsletter', '<input type="hidden" name="contact[tags]" value="newsletter">'],
    ['a camelCase name, subscribeToNewsletter=1 (Shopware 5)', '<input type="hidden" name="subscribeToNewsletter" value="1">'],
    ['a camelCase name, acceptsMarketing=true', '<input type="hidden" name="acceptsMarketing" value="true">'],
  ])('%s on a checkout: marketing switched on that nobody can refuse', (_, hidden) => {
    const [control, ...rest] = hiddenControls(checkout(hidden));
    expect(rest).toEqual([]);
    expect(control).toMatchObject({ marketing: true, hidden: true, marketingOnByDefault: true, verdict: 'non-compliant' });
  });

  it('a tag and a flag that make one sign-up are reported as one control', () => {
    const doc = checkout('<input type="hidden" name="contact[tags]" value="newsletter"><input type="hidden" name="customer[accepts_marketing]" value="true">');
    expect(hiddenControls(doc)).toHaveLength(1);
  });

  it('the untick action for a tag removes only the sign-up tag', () => {
    const [control] = hiddenControls(checkout('<input type="hidden" name="contact[tags]" value="newsletter,vip">'));
    expect(control!.off).toMatchObject({ set: 'value', value: 'vip' });
  });

  it('the MC4WP and nopCommerce fallback twin of a visible box is not a second control', () => {
    const doc = checkout('<input type="hidden" name="_mc4wp_subscribe_woocommerce" value="0"><label><input type="checkbox" name="_mc4wp_subscribe_woocommerce" value="1"> Sign me up for the newsletter!</label>');
    expect(hiddenControls(doc)).toEqual([]);
  });
});

describe('on a newsletter-only form the hidden own sign-up value is the sign-up itself', () => {
  const signup = (hidden: string) =>
    new JSDOM(`<footer><h2>Subscribe to our emails</h2><form id="nl">${hidden}<input type="email" name="contact[email]"><button aria-label="Subscribe"><svg></svg></button></form></footer>`).window.document;

  it('own newsletter "on" → compliant', () => {
    const report = auditDocument(signup('<input type="hidden" name="contact[tags]" value="newsletter">'));
    expect(report.forms[0]).toMatchObject({ context: 'newsletter', verdict: 'compliant' });
  });

  it('partner "on" stays non-compliant', () => {
    const report = auditDocument(signup('<input type="hidden" name="partner_optin" value="1">'));
    expect(report.forms[0]).toMatchObject({ context: 'newsletter', verdict: 'non-compliant' });
  });

  it('own newsletter "off" needs review', () => {
    const report = auditDocument(signup('<input type="hidden" name="newsletter" value="0">'));
    expect(report.forms[0]).toMatchObject({ context: 'newsletter', verdict: 'needs-review' });
  });
});
