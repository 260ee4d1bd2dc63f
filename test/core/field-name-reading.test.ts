// A box whose label names no mailing, read from the field the shop's code submits
// (docs/decisions.md §2 field names): the list choices of sign-up plugins, and nothing else.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { auditDocument } from '../../src/core/index';

const signup = (boxes: string) =>
  new JSDOM(`<form id="signup" action="/subscribe"><h2>Stay in touch</h2><input type="email" name="EMAIL">${boxes}<button>Subscribe</button></form>`).window.document;
const checkout = (boxes: string) =>
  new JSDOM(`<form id="co"><h2>Checkout</h2><input type="email" name="email">${boxes}<p>Total €24.95</p><button>Place order</button></form>`).window.document;
const blogEditor = (boxes: string) =>
  new JSDOM(`<form id="post"><h2>Edit post</h2><input type="text" name="title"><textarea name="body"></textarea>${boxes}<button>Save draft</button></form>`).window.document;

const controlsOf = (doc: Document) => auditDocument(doc).forms.flatMap((form) => form.controls);

describe('a list choice on a sign-up form is an opt-in to mail, and says it was read from the field', () => {
  it.each([
    ['Mailchimp interest group', '<input type="checkbox" id="g1" name="group[7541][1]" value="1"><label for="g1">Road running</label>'],
    ['MailPoet list', '<label><input type="checkbox" name="data[segments][]" value="3"> Moestuinkalender</label>'],
    ['MC4WP list choice', '<label><input type="checkbox" name="_mc4wp_lists[]" value="a1b2c3"> <span>Gig listings</span></label>'],
    ['MC4WP interest', '<label><input type="checkbox" name="INTERESTS[a1b2][]" value="c3d4"> Vinyl</label>'],
  ])('%s', (_, box) => {
    const [control] = controlsOf(signup(box));
    expect(control).toMatchObject({ marketing: true, kind: 'opt-in', verdict: 'compliant', findings: expect.arrayContaining(['marketing-from-field-name']) });
    expect(control!.findings).not.toContain('marketing-uncertain');
  });
});

describe('outside a sign-up form a field name decides nothing: consents, plans and addresses use the same words', () => {
  it.each([
    ['a privacy consent named gdpr_optin', '<label><input type="checkbox" name="gdpr_optin"> I agree to data processing</label>'],
    ['an age check named optin_age', '<label><input type="checkbox" name="optin_age"> I am over 16</label>'],
    ['a paid plan renewing itself', '<label><input type="checkbox" name="subscription[autorenew]"> Renew automatically</label>'],
    ['comment notifications', '<label><input type="checkbox" name="subscribe_comments"> Notify me of follow-up comments</label>'],
    ['the same address for the post', '<label><input type="checkbox" name="mailing_address_same"> Same as billing address</label>'],
    ['store credit in a promo field', '<label><input type="checkbox" name="promo"> Use store credit</label>'],
  ])('%s on a checkout is no mailing', (_, box) => {
    expect(controlsOf(checkout(box)).every((control) => !control.marketing)).toBe(true);
  });
});

describe('the field name does not overrule a label that says what it is', () => {
  it('a list field outside a sign-up form (tags of a blog post) is no mailing', () => {
    const controls = controlsOf(blogEditor('<label><input type="checkbox" name="tags[]" value="4"> Running</label>'));
    expect(controls.every((control) => !control.marketing)).toBe(true);
  });

  it('a filter option with its count stays a filter, whatever its field is called', () => {
    const [control] = controlsOf(signup('<label><input type="checkbox" name="filter[promo][]" value="sale"> Sale (12)</label>'));
    expect(control).toMatchObject({ marketing: false });
  });

  it('terms to accept in a list field of a sign-up form stay terms', () => {
    const [control] = controlsOf(signup('<label><input type="checkbox" name="lists[]" value="7"> I have read and accept the privacy policy</label>'));
    expect(control).toMatchObject({ marketing: false });
  });

  it('wording that names the mailing is read from the wording, without the field-name warning', () => {
    const [control] = controlsOf(signup('<label><input type="checkbox" name="lists[]" value="2"> Send me the weekly newsletter</label>'));
    expect(control).toMatchObject({ marketing: true, kind: 'opt-in' });
    expect(control!.findings).not.toContain('marketing-from-field-name');
  });

  it('a long label that reads as no mailing is believed', () => {
    const [control] = controlsOf(signup('<label><input type="checkbox" name="lists[]" value="3"> I confirm that I am at least sixteen years old and allowed to use this site on my own</label>'));
    expect(control).toMatchObject({ marketing: false });
  });
});
