// A cookie-consent dialog is a form of checkboxes on nearly every shop page, and one of its
// categories is called "Marketing": it chooses cookies, not mail, and is no form to judge.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { auditDocument } from '../../src/core/index';

const page = (html: string, lang = 'en') => new JSDOM(`<html lang="${lang}"><body>${html}</body></html>`).window.document;

const cookiebotLevel = (name: string, label: string, state: string) => `<div class="CybotCookiebotDialogBodyLevelButtonWrapper">
  <label class="CybotCookiebotDialogBodyLevelButtonLabel" for="CybotCookiebotDialogBodyLevelButton${name}"><strong class="CybotCookiebotDialogBodyLevelButtonDescription">${label}</strong></label>
  <div class="CybotCookiebotDialogBodyLevelButtonSliderWrapper"><input type="checkbox" id="CybotCookiebotDialogBodyLevelButton${name}" class="CybotCookiebotDialogBodyLevelButton" ${state}><span class="CybotCookiebotDialogBodyLevelButtonSlider"></span></div></div>`;

/** Cookiebot's dialog as its script writes it, with the optional categories preselected. */
const cookiebot = (labels = ['Necessary', 'Preferences', 'Statistics', 'Marketing']) => `<div id="CybotCookiebotDialog" role="dialog" aria-modal="true" class="CybotCookiebotDialogActive CybotEdge">
  <h2 id="CybotCookiebotDialogBodyContentTitle">This website uses cookies</h2>
  <div id="CybotCookiebotDialogBodyLevelWrapper"><form><fieldset><legend>Consent Selection</legend>
    ${cookiebotLevel('Necessary', labels[0]!, 'checked disabled')}${cookiebotLevel('Preferences', labels[1]!, 'checked')}${cookiebotLevel('Statistics', labels[2]!, 'checked')}${cookiebotLevel('Marketing', labels[3]!, 'checked')}
  </fieldset></form></div>
  <button id="CybotCookiebotDialogBodyLevelButtonLevelOptinAllowallSelection">Allow selection</button></div>`;

const checkout = `<form id="checkout" method="post" action="/checkout"><h2>Place your order</h2>
  <label for="email">Email</label><input type="email" id="email" name="email">
  <label><input type="checkbox" id="news" name="newsletter"> Email me with news and offers</label>
  <button type="submit">Pay now</button></form>`;

const judged = (document: Document) => auditDocument(document).forms.map((form) => form.selector);

describe('a cookie-consent dialog', () => {
  it.each([
    ['en', ['Necessary', 'Preferences', 'Statistics', 'Marketing']],
    ['fr', ['Nécessaires', 'Préférences', 'Statistiques', 'Marketing']],
    ['nl', ['Noodzakelijk', 'Voorkeuren', 'Statistieken', 'Marketing']],
  ])('from Cookiebot (%s) is left out with "Marketing" preselected, while the checkout is judged', (lang, labels) => {
    const report = auditDocument(page(`${checkout}${cookiebot(labels)}`, lang));
    expect(report.forms.map((form) => form.selector)).toEqual(['#checkout']);
    expect(report.verdict).toBe('compliant');
  });

  it('from OneTrust is left out, its switches and all', () => {
    const oneTrust = `<div id="onetrust-consent-sdk"><div id="onetrust-pc-sdk" class="otPcCenter ot-fade-in" role="dialog">
      <h2 id="ot-pc-title">Privacy Preference Center</h2>
      <div class="ot-accordion-layout ot-cat-item" data-optanongroupid="C0004"><h4 class="ot-cat-header" id="ot-header-id-C0004">Marketing</h4>
        <div class="ot-tgl"><input type="checkbox" name="ot-group-id-C0004" id="ot-group-id-C0004" aria-checked="true" class="category-switch-handler" checked aria-labelledby="ot-header-id-C0004"><label class="ot-switch" for="ot-group-id-C0004"><span class="ot-label-txt">Marketing</span></label></div></div>
      <button class="save-preference-btn-handler onetrust-close-btn-handler">Confirm My Choices</button></div></div>`;
    expect(judged(page(`${checkout}${oneTrust}`))).toEqual(['#checkout']);
  });

  it('from Usercentrics is left out from inside its shadow root', () => {
    const document = page(`${checkout}<div id="usercentrics-root"></div>`);
    const shadow = document.getElementById('usercentrics-root')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = `<div role="dialog"><h2>Privacy Settings</h2><div class="sc-toggles">
      <label><input type="checkbox" role="switch" checked> Marketing</label>
      <label><input type="checkbox" role="switch" checked> Functional</label></div><button>Save Settings</button></div>`;
    expect(judged(document)).toEqual(['#checkout']);
  });
});

describe('a block whose class only sounds like one', () => {
  it('is judged when it asks for an e-mail address: a sign-up, whatever its wrapper is called', () => {
    const html = `<div class="cookie-bar-offset"><form id="signup" action="/subscribe" method="post">
      <label for="s-email">Email</label><input type="email" id="s-email" name="email">
      <label><input type="checkbox" id="s-news" name="newsletter" checked> Send me the newsletter</label><button>Sign up</button></form></div>`;
    expect(judged(page(html))).toEqual(['#signup']);
  });

  it('is judged when it is Trusted Shops\' review reminder at checkout, which is no consent manager', () => {
    const html = `<form id="confirm" method="post" action="/checkout/confirm"><h2>Bestellung abschließen</h2>
      <div class="trustedshops-checkbox"><label><input type="checkbox" id="ts" name="trustedshops_review" checked> Ja, ich möchte per E-Mail eine Bewertungserinnerung von Trusted Shops erhalten</label></div>
      <button type="submit">Zahlungspflichtig bestellen</button></form>`;
    expect(judged(page(html, 'de'))).toEqual(['#confirm']);
  });
});
