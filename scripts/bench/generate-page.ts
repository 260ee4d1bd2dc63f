// Pages built like real shops for `npm run bench` (issue 12): the category-page recipe is a
// product grid, a sidebar of 60 labelled filter checkboxes and a checkout form of about 90
// elements, filled to a given number of elements.

const FILTERS: [heading: string, name: string, values: string[]][] = [
  ['Kleur', 'kleur', ['Rood', 'Blauw', 'Groen', 'Zwart', 'Wit', 'Grijs', 'Geel', 'Oranje', 'Paars', 'Roze', 'Bruin', 'Beige']],
  ['Maat', 'maat', ['XS', 'S', 'M', 'L', 'XL', 'XXL', '46', '48', '50', '52', '54', '56']],
  ['Merk', 'merk', ['Gazelle', 'Batavus', 'Cortina', 'Sparta', 'Giant', 'Trek', 'Cube', 'Koga', 'Stevens', 'Riese & Müller', 'Urban Arrow', 'VanMoof']],
  ['Materiaal', 'materiaal', ['Aluminium', 'Staal', 'Carbon', 'Titanium', 'Chroom-molybdeen', 'Hout', 'Bamboe', 'Kunststof', 'Leer', 'Katoen', 'Wol', 'Rubber']],
  ['Beschikbaarheid', 'beschikbaar', ['Op voorraad', 'Binnen 2 dagen', 'Ophalen in de winkel', 'Gratis verzending', 'Nieuw binnen', 'Outlet', 'Tweedekans', 'Alleen online', 'Met garantie', 'Met montage', 'Elektrisch', 'Met kinderzitje']],
];

/** The sidebar: 60 filter checkboxes, each with its own label and a count, in a plain form (no "filter" class to lean on). */
function filterSidebar(): string {
  const groups = FILTERS.map(([heading, name, values]) => `<fieldset><legend>${heading}</legend><ul>${values
    .map((value, i) => `<li><label for="${name}-${i}"><input type="checkbox" id="${name}-${i}" name="${name}[]" value="${value.toLowerCase()}"> ${value} <span class="count">(${(i * 7) % 23 + 1})</span></label></li>`)
    .join('')}</ul></fieldset>`);
  return `<aside class="sidebar"><form class="collection-options" action="/fietsen" method="get">${groups.join('')}<button type="submit">Toon resultaten</button></form></aside>`;
}

const ADDRESS_FIELDS = ['Voornaam', 'Achternaam', 'Straat', 'Huisnummer', 'Postcode', 'Plaats', 'Telefoon', 'Bedrijfsnaam'];

/** A checkout of about 90 elements: address, shipping choice, payment, the usual boxes, the order summary. */
function checkoutForm(): string {
  const fields = ADDRESS_FIELDS.map((field, i) => `<p class="form-row"><label for="f${i}">${field}</label><input type="text" id="f${i}" name="billing_${i}" autocomplete="on"></p>`).join('');
  const lines = Array.from({ length: 5 }, (_, i) => `<tr><td>Artikel ${i + 1}</td><td>1 ×</td><td>€ ${i + 10},95</td></tr>`).join('');
  return `<form id="checkout" class="checkout" action="/afrekenen" method="post">
    <h2>Bestelling afronden</h2>
    <p class="form-row"><label for="email">E-mailadres</label><input type="email" id="email" name="email"></p>${fields}
    <fieldset><legend>Verzending</legend>
      <label><input type="radio" name="verzending" value="thuis" checked> Thuisbezorgd</label>
      <label><input type="radio" name="verzending" value="afhaal"> Afhalen</label>
      <label><input type="radio" name="verzending" value="punt"> Afhaalpunt</label></fieldset>
    <p class="form-row"><label for="betaal">Betaalmethode</label><select id="betaal" name="payment_method"><option>iDEAL</option><option>Creditcard</option><option>Achteraf betalen</option></select></p>
    <p class="form-row"><label><input type="checkbox" id="createaccount" name="createaccount"> Account aanmaken?</label></p>
    <p class="form-row"><label><input type="checkbox" id="ship" name="ship_to_different_address"> Verzenden naar een ander adres?</label></p>
    <p class="form-row"><label><input type="checkbox" id="news" name="newsletter" checked> Graag ontvang ik gerelateerde aanbiedingen</label></p>
    <p class="form-row"><input type="checkbox" id="partners" name="partners" checked><label for="partners">Ja, ook aanbiedingen van partners</label></p>
    <p class="form-row"><label><input type="checkbox" id="terms" name="terms" required> Ik ga akkoord met de algemene voorwaarden *</label></p>
    <table class="order"><tbody>${lines}<tr><td>Subtotaal</td><td></td><td>€ 64,75</td></tr><tr><td>Totaal</td><td></td><td>€ 69,70</td></tr></tbody></table>
    <button type="submit">Bestelling plaatsen</button>
  </form>`;
}

/** One product tile: 6 elements. */
const tile = (i: number) => `<div class="tile"><a href="/p/${i}"><img alt="Fiets ${i}"></a><h3>Fiets ${i}</h3><p>Stevige fiets <span>€ ${i % 900},95</span></p></div>`;

const STYLE = '<style>.tile{display:inline-block;width:200px}.count{color:#777}.sidebar{float:left;width:240px}</style>';

export interface CategoryPage {
  /** Leave the checkout out: the page has no control that could be marketing. */
  checkout?: boolean;
}

/** A category page of about `elements` elements (the recipe of issue 12); tiles fill up what the rest leaves. */
export function generateCategoryPage(elements: number, { checkout = true }: CategoryPage = {}): string {
  const sidebar = filterSidebar();
  const form = checkout ? checkoutForm() : '';
  const fixed = 20 + (sidebar.match(/<[a-z]/g)?.length ?? 0) + (form.match(/<[a-z]/g)?.length ?? 0);
  const tiles = Array.from({ length: Math.max(0, Math.floor((elements - fixed) / 6)) }, (_, i) => tile(i)).join('');
  return `<!doctype html><html lang="nl"><head><title>Fietsen | Fietsenwinkel</title>${STYLE}</head><body>
    <header><nav><a href="/">Home</a> <a href="/fietsen">Fietsen</a> <a href="/account">Account</a></nav>
      <form id="zoeken" role="search" action="/zoeken"><input type="search" name="q" aria-label="Zoeken"><button>Zoeken</button></form></header>
    <main><h1>Fietsen</h1>${sidebar}<section class="grid">${tiles}</section>${form}</main>
    <footer><p>© Fietsenwinkel</p></footer></body></html>`;
}
