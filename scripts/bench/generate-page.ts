/**
 * A shop page of about `nodes` elements: header, product grid filler and one checkout
 * form with the usual boxes, so the scan has real work and real noise to walk past.
 */
export function generateShopPage(nodes: number): string {
  const checkout = `
    <form id="checkout" action="/checkout">
      <h2>Bestelling afronden</h2>
      <p class="form-row"><label for="email">E-mailadres</label><input type="email" id="email" name="email"></p>
      <p class="form-row"><label><input type="checkbox" id="createaccount" name="createaccount"> Account aanmaken?</label></p>
      <p class="form-row"><label><input type="checkbox" id="ship" name="ship_to_different_address"> Verzenden naar een ander adres?</label></p>
      <p class="form-row"><label><input type="checkbox" id="news" name="newsletter" checked> Graag ontvang ik gerelateerde aanbiedingen</label></p>
      <p class="form-row"><input type="checkbox" id="partners" name="partners" checked><label for="partners">Ja, ook aanbiedingen van partners</label></p>
      <p class="form-row"><label><input type="checkbox" id="terms" name="terms" required> Ik ga akkoord met de algemene voorwaarden *</label></p>
      <table class="order"><tr><td>Subtotaal</td><td>€ 24,95</td></tr><tr><td>Totaal</td><td>€ 29,90</td></tr></table>
      <button type="submit">Bestelling plaatsen</button>
    </form>`;
  const formNodes = 30;
  const tiles: string[] = [];
  // One tile is 6 elements.
  for (let i = 0; i < Math.max(0, Math.floor((nodes - formNodes - 10) / 6)); i++) {
    tiles.push(`<div class="tile"><a href="/p/${i}"><img alt="Product ${i}"></a><h3>Product ${i}</h3><p>Mooi product <span>€ ${i % 90},95</span></p></div>`);
  }
  return `<!doctype html><html lang="nl"><head><title>Afrekenen</title></head><body><header><nav><a href="/">Home</a></nav></header>
    <main>${checkout}<section class="grid">${tiles.join('')}</section></main><footer>© Winkel</footer></body></html>`;
}
