// A box labelled only "Email" means nothing on its own: the words above its list ask the
// question. Mailchimp's GDPR block puts them in a paragraph before a fieldset without a legend;
// Mailchimp for WooCommerce puts them before a flat run of boxes and labels.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { auditDocument } from '../../src/core/index';
import type { ControlReport } from '../../src/core/index';

const page = (html: string, lang = 'en') => new JSDOM(`<html lang="${lang}"><body>${html}</body></html>`).window.document;
const controls = (document: Document): ControlReport[] => auditDocument(document).forms.flatMap((form) => form.controls);
const byLabelEnd = (document: Document, end: string) => controls(document).find((control) => control.label.endsWith(end));

const signup = (permissions: string) => `<form id="mc-embedded-subscribe-form" action="https://shop.us14.list-manage.com/subscribe/post" method="post">
  <div class="mc-field-group"><label for="mce-EMAIL">Email Address</label><input type="email" name="EMAIL" id="mce-EMAIL"></div>
  ${permissions}
  <input type="submit" value="Subscribe" name="subscribe"></form>`;

const mailchimpGdpr = (heading: string, question: string, channels: string[]) => `<div id="mergeRow-gdpr" class="mergeRow gdpr-mergeRow content__gdprBlock mc-field-group"><div class="content__gdpr">
  <label>${heading}</label><p>${question}</p>
  <fieldset class="mc_fieldset gdprRequired mc-field-group" name="interestgroup_field">
  ${channels.map((channel, i) => `<label class="checkbox subfield" for="gdpr_${i}"><input type="checkbox" id="gdpr_${i}" name="gdpr[${i}]" value="Y"><span>${channel}</span></label>`).join('')}
  </fieldset></div></div>`;

describe('a box labelled only by a channel, under the question of its list', () => {
  it('in Mailchimp\'s GDPR block is an opt-in to that mail, read with the heading and question above the fieldset', () => {
    const document = page(signup(mailchimpGdpr('Marketing Permissions', 'Please select all the ways you would like to hear from Harbour &amp; Loom:', ['Email', 'Direct Mail'])));
    const email = byLabelEnd(document, 'Email')!;
    expect(email.label).toBe('Marketing Permissions Please select all the ways you would like to hear from Harbour & Loom: Email');
    expect(email).toMatchObject({ marketing: true, kind: 'opt-in' });
  });

  it('in German ("Wie würden Sie gerne von uns informiert werden:") is marketing too', () => {
    const document = page(signup(mailchimpGdpr('Datenschutz', 'Wie würden Sie gerne von uns informiert werden:', ['E-Mail'])), 'de');
    expect(byLabelEnd(document, 'E-Mail')).toMatchObject({ marketing: true, kind: 'opt-in' });
  });

  it('in a flat run of boxes and labels (Mailchimp for WooCommerce) takes the question, not the options before it', () => {
    const option = (id: string, channel: string) => `<input type="hidden" value="0" name="gdpr[${id}]"><input type="checkbox" id="gdpr[${id}]" name="gdpr[${id}]" value="1"><label for="gdpr[${id}]"><span>${channel}</span></label><div class="clear"></div>`;
    const document = page(signup(`<div id="mailchimp-gdpr-fields"><p>Please select all the ways you would like to hear from us<div class="clear"></div>${option('a1', 'Email')}${option('b2', 'Direct Mail')}</p></div>`));
    expect(byLabelEnd(document, 'Direct Mail')!.label).toBe('Please select all the ways you would like to hear from us: Direct Mail');
    expect(byLabelEnd(document, 'Email')).toMatchObject({ marketing: true, kind: 'opt-in' });
  });

  it('quotes a long question from a whole word, keeping its end', () => {
    const intro = 'Stoffenhuis Utrecht gebruikt de gegevens die je in dit formulier invult om contact met je op te nemen en je updates en marketing te sturen.';
    const document = page(signup(mailchimpGdpr('Marketingtoestemming', `${intro} Laat ons weten op welke manieren je van ons wilt horen:`, ['E-mail'])), 'nl');
    const email = byLabelEnd(document, 'E-mail')!;
    expect(email.label).toBe(`${intro} Laat ons weten op welke manieren je van ons wilt horen: E-mail`);
    expect(email).toMatchObject({ marketing: true, kind: 'opt-in' });
  });

  it('asking how an order is sent is no marketing', () => {
    const document = page(signup('<p>How would you like to receive updates about your order?</p><fieldset><label><input type="checkbox" name="order_email"> Email</label><label><input type="checkbox" name="order_sms"> SMS</label></fieldset>'));
    expect(controls(document).map((control) => control.marketing)).toEqual([false, false]);
  });

  it('stops at a field a person fills in: a newsletter heading above the address does not become the question of "Remember me"', () => {
    const document = page(`<form id="login" method="post" action="/login"><p>Subscribe to our newsletter</p><label for="e">Email</label><input type="email" id="e" name="email">
      <label><input type="checkbox" name="remember"> Remember me</label><button>Log in</button></form>`);
    expect(controls(document)).toMatchObject([{ label: 'Remember me', marketing: false }]);
  });
});
