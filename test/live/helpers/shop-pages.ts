// The HTML of the fixture shop: small Dutch web-shop pages with the consent boxes the tests look for.

export const page = (title: string, body: string): string =>
  `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>${title}</title>
<style>body{font:16px/1.5 sans-serif;max-width:720px;margin:2em auto;padding:0 1em}label{display:block;margin:.5em 0}
.price{font-weight:bold}button,.button{background:#0a5;color:#fff;padding:.5em 1em;border:0;text-decoration:none}</style>
</head><body><header><a href="/">Fietsenwinkel</a></header><h1>${title}</h1>${body}
<footer><p>Fietsenwinkel B.V. · KvK 12345678</p></footer></body></html>`;

export const product = page(
  'Stadsfiets Classic',
  `<p class="price">€ 499,00</p><p>Een degelijke stadsfiets met drie versnellingen.</p>
<form method="post" action="/cart/add"><input type="hidden" name="sku" value="classic">
<button id="add-to-cart" type="submit">In winkelwagen</button></form>`,
);

export const cart = (items: number): string =>
  page(
    'Winkelwagen',
    items === 0
      ? '<p>Je winkelwagen is leeg.</p>'
      : `<table><tr><td>Stadsfiets Classic</td><td class="price">€ 499,00</td></tr></table>
<p>Totaal: <span class="price">€ 499,00</span></p><a id="to-checkout" class="button" href="/checkout">Verder naar afrekenen</a>`,
  );

export const checkout = page(
  'Afrekenen',
  `<form id="checkout" method="post" action="/order">
<label>E-mailadres <input type="email" name="email" id="email" required></label>
<label>Naam <input name="name" id="name" required></label>
<label>Betaalmethode <select name="pay" id="pay"><option value="ideal">iDEAL</option><option value="card">Creditcard</option></select></label>
<p>Totaal te betalen: <span class="price">€ 499,00</span> (incl. btw en verzending)</p>
<label><input type="checkbox" name="terms" id="terms" required> Ik ga akkoord met de algemene voorwaarden</label>
<label><input type="checkbox" name="partners" id="partners" checked> Ja, stuur mij per e-mail aanbiedingen van onze partners</label>
<button type="submit">Bestelling plaatsen</button></form>`,
);

const newsletterForm = (checked: boolean): string =>
  `<form id="newsletter" action="/subscribe"><label>E-mailadres <input type="email" name="email"></label>
<label><input type="checkbox" id="nb" name="nb"${checked ? ' checked' : ''}> Ja, ik wil de nieuwsbrief met aanbiedingen ontvangen</label>
<button>Aanmelden</button></form>`;

export const registration = page(
  'Account aanmaken',
  `<form id="register" action="/register"><label>E-mailadres <input type="email" name="email"></label>
<label>Wachtwoord <input type="password" name="password"></label>
<label><input type="checkbox" id="optin" name="optin" checked> Ja, stuur mij de nieuwsbrief met aanbiedingen</label>
<button>Account aanmaken</button></form>`,
);

export const late = page(
  'Nieuwsbrief',
  `<div id="slot">Laden…</div><script>
setTimeout(function () { document.getElementById('slot').innerHTML = ${JSON.stringify(
    `<form id="late-form" action="/register"><label>E-mailadres <input type="email" name="email"></label><label>Wachtwoord <input type="password" name="password"></label><label><input type="checkbox" id="late-box" checked> Ja, stuur mij aanbiedingen per e-mail</label><button>Account aanmaken</button></form>`,
  )}; }, 2000);
</script>`,
);

export const framed = (frameOrigin: string): string =>
  page('Blog', `<p>Lees ons laatste nieuws.</p><iframe id="nl-frame" title="nieuwsbrief" src="${frameOrigin}/newsletter-frame" width="600" height="260"></iframe>`);

export const newsletterFrame = page('Nieuwsbrief', newsletterForm(true));

export const shadow = page(
  'Inschrijven',
  `<signup-box id="signup"></signup-box><script>
customElements.define('signup-box', class extends HTMLElement { connectedCallback() {
  this.attachShadow({ mode: 'open' }).innerHTML = ${JSON.stringify(newsletterForm(true))}; } });
</script>`,
);

export const closer = page('Tot ziens', '<p>Dit venster sluit zichzelf.</p><script>setTimeout(function () { window.close(); }, 50);</script>');

/** Batch page n: every third one a registration form with a pre-ticked box, the others a plain newsletter opt-in. */
export const numbered = (n: number): string =>
  n % 3 === 0 ? registration.replace('Account aanmaken</h1>', `Account aanmaken ${n}</h1>`) : page(`Artikel ${n}`, `<p>Artikel ${n}.</p>${newsletterForm(false)}`);

export const hostile = page(
  'Actie',
  `<form action="/register"><label>Wachtwoord <input type="password" name="pw"></label>
<label><input type="checkbox" id="evil" checked> Ja, stuur mij aanbiedingen &lt;img src=x onerror=alert(1)&gt; &amp; &lt;/section&gt;</label>
<button>Account aanmaken</button></form>`,
);
