import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { auditDocument, rescanForms } from '../../src/core/index';
import type { Report } from '../../src/core/types';

// A Dutch category page: a filter sidebar, a login box, the checkout drawer and a footer sign-up.
const SHOP = `<!doctype html><html lang="nl"><head><title>Fietsen | Winkel</title></head><body>
  <header><nav><a href="/">Home</a></nav><form id="zoeken" action="/zoeken"><input type="search" name="q"><button>Zoeken</button></form></header>
  <main>
    <h1>Fietsen</h1>
    <aside class="sidebar"><h3>Kleur</h3>
      <ul><li><label><input type="checkbox" name="kleur" value="rood"> Rood (12)</label></li>
          <li><label><input type="checkbox" name="kleur" value="blauw"> Blauw (4)</label></li></ul>
    </aside>
    <section class="grid"><div class="tile"><h3>Stadsfiets</h3><span>€ 499,00</span></div></section>
    <form id="inloggen" action="/account/login"><input type="email" name="email"><input type="password" name="wachtwoord">
      <label><input type="checkbox" name="onthouden"> Onthoud mij</label><button>Inloggen</button></form>
    <form id="checkout" action="/afrekenen"><h2>Afrekenen</h2>
      <p><label for="email">E-mailadres</label><input type="email" id="email" name="email"></p>
      <p><label><input type="checkbox" id="ship" name="ship_to_different_address"> Verzenden naar een ander adres?</label></p>
      <p id="news-row"><label><input type="checkbox" id="news" name="newsletter"> Graag ontvang ik de nieuwsbrief</label></p>
      <p><label><input type="checkbox" id="terms" name="terms" required> Ik ga akkoord met de algemene voorwaarden *</label></p>
      <p>Totaal € 29,90</p><button type="submit">Bestelling plaatsen</button>
    </form>
  </main>
  <footer><form id="footer-signup" action="/nieuwsbrief"><h4>Nieuwsbrief</h4><input type="email" name="contact[email]"><button>Aanmelden</button></form></footer>
</body></html>`;

const AT = new Date('2026-12-01T12:00:00Z');
const options = { url: 'https://winkel.example/fietsen', scannedAt: AT };

function shop() {
  const document = new JSDOM(SHOP, { url: options.url }).window.document;
  return { document, report: auditDocument(document, options) };
}

/** The rescan after `change`, next to a full scan of the same page. */
function afterChange(change: (document: Document) => Node[]): { rescan: Report; full: Report } {
  const { document, report } = shop();
  const changed = change(document);
  return { rescan: rescanForms(report, changed, options), full: auditDocument(document, options) };
}

describe('rescanning only the changed forms gives the report a full scan gives', () => {
  it('a script pre-ticks the newsletter box: the rescan sees it on by default', () => {
    const { rescan, full } = afterChange((document) => {
      (document.getElementById('news') as HTMLInputElement).checked = true;
      return [document.getElementById('news')!];
    });
    expect(rescan).toEqual(full);
    expect(rescan.forms.find((form) => form.selector === '#checkout')?.controls.find((control) => control.selector === '#news')).toMatchObject({ checked: true, marketingOnByDefault: true });
  });

  it('the shop rewrites a label from shipping to partner offers', () => {
    const { rescan, full } = afterChange((document) => {
      const label = document.getElementById('ship')!.parentElement!;
      label.lastChild!.textContent = ' Ja, stuur mij ook aanbiedingen van onze partners';
      return [label.lastChild!];
    });
    expect(rescan).toEqual(full);
    expect(rescan.forms.find((form) => form.selector === '#checkout')?.controls.filter((control) => control.marketing)).toHaveLength(2);
  });

  it('a theme adds a consent box to the footer sign-up form', () => {
    const { rescan, full } = afterChange((document) => {
      const form = document.getElementById('footer-signup')!;
      form.insertAdjacentHTML('beforeend', '<label><input type="checkbox" name="contact[accepts_marketing]" checked> Ja, houd mij op de hoogte van acties</label>');
      return [form];
    });
    expect(rescan).toEqual(full);
    expect(rescan.forms.map((form) => form.selector)).toContain('#footer-signup');
  });

  it('a cart drawer inserts a whole new form before the checkout', () => {
    const { rescan, full } = afterChange((document) => {
      const main = document.querySelector('main')!;
      document.getElementById('checkout')!.insertAdjacentHTML('beforebegin',
        '<form id="snel" action="/cart"><label><input type="checkbox" id="snel-nb" checked> Meld mij aan voor de nieuwsbrief</label><button>Naar de kassa</button></form>');
      return [main];
    });
    expect(rescan).toEqual(full);
    expect(rescan.forms.map((form) => form.selector)).toEqual(full.forms.map((form) => form.selector));
  });

  it('the checkout form is taken off the page', () => {
    const { rescan, full } = afterChange((document) => {
      const main = document.querySelector('main')!;
      document.getElementById('checkout')!.remove();
      return [main];
    });
    expect(rescan).toEqual(full);
    expect(rescan.verdict).toBe('no-marketing');
  });

  it('the checkout changes while a box below its summary joins it through form="checkout"', () => {
    const html = `<!doctype html><html lang="nl"><body><main>
      <form id="checkout" action="/afrekenen"><h2>Afrekenen</h2>
        <p><label><input type="checkbox" id="news" name="newsletter"> Graag ontvang ik de nieuwsbrief</label></p>
        <button type="submit">Bestelling plaatsen</button></form>
      <aside class="summary"><p>Totaal € 29,90</p>
        <label><input type="checkbox" id="partners" name="partners" form="checkout" checked> Ja, ook aanbiedingen van partners</label></aside>
    </main></body></html>`;
    const document = new JSDOM(html, { url: options.url }).window.document;
    const report = auditDocument(document, options);
    (document.getElementById('news') as HTMLInputElement).checked = true;
    const full = auditDocument(document, options);
    expect(rescanForms(report, [document.getElementById('news')!], options)).toEqual(full);
    expect(full.forms.find((form) => form.selector === '#checkout')?.controls.map((control) => control.selector)).toEqual(['#news', '#partners']);
  });

  it('the theme moves the login form\'s box to the checkout by giving it form="checkout"', () => {
    const { rescan, full } = afterChange((document) => {
      const box = document.querySelector('input[name=onthouden]')!;
      box.setAttribute('form', 'checkout');
      return [box];
    });
    expect(rescan).toEqual(full);
    expect(full.forms.find((form) => form.selector === '#inloggen')?.controls ?? []).toHaveLength(0);
  });

  it('a report that crossed a message (a copy) is answered by a full scan', () => {
    const { document, report } = shop();
    (document.getElementById('news') as HTMLInputElement).checked = true;
    const copy = JSON.parse(JSON.stringify(report)) as Report;
    expect(rescanForms(copy, [document.getElementById('news')!], options)).toEqual(auditDocument(document, options));
  });
});
