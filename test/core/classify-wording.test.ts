import { describe, expect, it } from 'vitest';
import { classifyText } from '../../src/core/index';

// [text, ticked by default, expected kind or null for "not marketing", third party]
type Case = [string, boolean, string | null, boolean?];

const CASES: Record<string, Case[]> = {
  'the three patterns of the seed article': [
    ['Graag ontvang ik gerelateerde aanbiedingen', true, 'soft-opt-in'],
    ['Ik wil geen reclame van jullie ontvangen', false, 'negative'],
    ['Graag ontvang ik jullie reclame', false, 'opt-in'],
  ],
  'negation is scoped to what a tick means': [
    ['Geen spam, alleen de beste aanbiedingen', false, 'opt-in'],
    ['Ik wil geen aanbiedingen missen', false, 'opt-in'],
    ['Vink aan als u geen nieuwsbrief wilt ontvangen', false, 'negative'],
    ['Uncheck this box if you prefer not to receive e-mails', true, 'soft-opt-in'],
    ['Haal het vinkje weg als u liever geen aanbiedingen ontvangt', true, 'soft-opt-in'],
    ['Tick this box if you do not wish to receive marketing emails from us', false, 'negative'],
    ['No thanks, I do not want the newsletter', false, 'negative'],
    ['Ich möchte keine Angebote verpassen', false, 'opt-in'],
    ['Décochez cette case si vous ne souhaitez pas recevoir nos offres par SMS', true, 'soft-opt-in'],
    ['Je ne souhaite pas recevoir la newsletter', false, 'negative'],
    ['Je souhaite ne plus recevoir vos offres', false, 'negative'],
    ['Ich möchte keine Werbung per E-Mail erhalten', false, 'negative'],
    ['Ich lehne Werbung per E-Mail ab', false, 'negative'],
    ['Não perca as nossas ofertas', false, 'opt-in'],
    ['Cancellami, non voglio ricevere altre email', false, 'negative'],
    ['Not interested in the newsletter, no thanks', false, 'negative'],
    ['If you do not want offers, untick this box', true, 'soft-opt-in'],
  ],
  'a tick instruction that names no mailing is read with the sentence that does': [
    ['Prefer not to receive updates? Tick here', false, 'negative'],
    ['Geen interesse in onze nieuwsbrief? Vink dit vakje aan', false, 'negative'],
    ['We sturen je graag onze aanbiedingen. Vink aan', false, 'opt-in'],
    ['Keine Werbung gewünscht? Bitte hier ankreuzen.', false, 'negative'],
  ],
  'a negation before "but" is not the mailing\'s after it': [
    ["I don't have an account yet, but I'd like to receive your newsletter", false, 'opt-in'],
    ['Ik heb nog geen account, maar wil wel de nieuwsbrief ontvangen', false, 'opt-in'],
    ['Ich habe kein Kundenkonto, möchte aber den Newsletter erhalten', false, 'opt-in'],
    ["Je n'ai pas de compte mais je souhaite recevoir la newsletter", false, 'opt-in'],
    ['No tengo cuenta, pero quiero recibir la newsletter', false, 'opt-in'],
    ['Nie mam konta, ale chcę otrzymywać newsletter', false, 'opt-in'],
    ['I do not want to receive offers, but I can change my mind at any time', false, 'negative'],
    ["We'd love to send you offers, but if you'd rather not, untick this box", true, 'soft-opt-in'],
    ['Ich möchte keinen Newsletter, aber auch keine Angebote', false, 'negative'],
  ],
  'a negation inside a condition is not the tick\'s, unless the condition names the mailing': [
    ["Send me offers if I haven't ordered in a while", false, 'opt-in'],
    ["Relancez-moi par e-mail si mon panier n'est pas validé", false, 'opt-in'],
    ['Stuur mij aanbiedingen als ik een tijdje niets heb besteld', false, 'opt-in'],
    ['Senden Sie mir Angebote, falls ich länger nicht bestellt habe', false, 'opt-in'],
    ['Send mig tilbud hvis jeg ikke har handlet i et stykke tid', true, 'soft-opt-in'],
    ["Je ne souhaite pas recevoir d'offres si je n'ai pas commandé", false, 'negative'],
    ['Tick this box if you do not wish to receive offers', false, 'negative'],
    ['Vink aan als u geen nieuwsbrief wilt ontvangen', false, 'negative'],
    ['Ik wil niet als eerste horen over aanbiedingen', false, 'negative'],
    ['Zaznacz, jeśli nie chcesz otrzymywać ofert', false, 'negative'],
  ],
  'an e-mail address in the label refuses nothing': [
    ['Ja, ik wil de nieuwsbrief ontvangen op jan.geen@voorbeeld.nl', false, 'opt-in'],
    ['Send me the newsletter at no.reply.never@argos.co.uk', false, 'opt-in'],
  ],
  'a topic answered after a colon or question mark: the answer says what a tick means': [
    ['Werbung per E-Mail: Nein danke', false, 'negative'],
    ['Newsletter: no thanks', false, 'negative'],
    ['Nieuwsbrief: nee', false, 'negative'],
    ['Newsletter: unsubscribe', false, 'negative'],
    ['Newsletter: yes please', false, 'opt-in'],
    ['Nieuwsbrief: nee, ik wil geen nieuwsbrief missen', false, 'opt-in'],
    ['Möchten Sie den Newsletter? Nein danke', false, 'negative'],
    ['Nieuwsbrief? Nee, bedankt', false, 'negative'],
    ['Want our newsletter? Sign up below', false, 'opt-in'],
  ],
  'a refusal in its own language of a mailing only English names is still a refusal': [
    ['Ich möchte keine Weekly Specials erhalten', false, 'negative'],
    ['Ik wil geen Weekly Specials ontvangen', false, 'negative'],
    ['Non desidero ricevere i Weekly Specials', false, 'negative'],
    ['No quiero recibir los Weekly Specials', false, 'negative'],
    ['Ich möchte die Weekly Specials erhalten', false, 'opt-in'],
  ],
  'reassurances and notices do not flip or add partners': [
    ['We never share your email with third parties. Sign me up for the newsletter', false, 'opt-in', false],
    ['Ja, ich möchte den Newsletter abonnieren. Abmeldung jederzeit möglich.', false, 'opt-in'],
    ['Ich möchte mich für den Newsletter anmelden (Abmeldung ist jederzeit möglich)', false, 'opt-in'],
    ['Inscrivez-moi à la newsletter. Vos données ne seront jamais communiquées à des tiers.', false, 'opt-in', false],
  ],
  'partners and bundling': [
    ['Ja, ik wil aanbiedingen van zorgvuldig geselecteerde partners ontvangen', true, 'soft-opt-in', true],
    ['Recevoir les offres de nos partenaires', false, 'opt-in', true],
    ['Ich möchte Angebote von ausgewählten Partnerunternehmen erhalten', false, 'opt-in', true],
    ['Ik ga akkoord met de algemene voorwaarden en wil de nieuwsbrief ontvangen', false, 'bundled'],
    ['I agree to the terms and conditions and to receive promotional emails', false, 'bundled'],
    ["J'accepte les CGV et souhaite recevoir les offres promotionnelles", false, 'bundled'],
  ],
  'ordinary checkout boxes are not marketing': [
    ['Ik ga akkoord met de algemene voorwaarden', false, null],
    ['Account aanmaken?', false, null],
    ['Verzenden naar een ander adres?', false, null],
    ['Houd mij op de hoogte van de status van mijn bestelling', false, null],
    ['Ship to a different address?', false, null],
    ['Save my name, email, and website in this browser for the next time I comment.', false, null],
    ['Text me order and delivery updates for this order', false, null],
    ['Have a coupon? Click here to enter your code', false, null],
    ['I accept the terms of sale', false, null],
    ['Rechnungsadresse entspricht der Lieferadresse', false, null],
    ['Gutschein einlösen', false, null],
    ["J'accepte les conditions générales de vente", false, null],
    ['Vous avez un code promo ?', false, null],
    ['Angemeldet bleiben', false, null],
  ],
};

describe.each(Object.entries(CASES))('%s', (_, cases) => {
  it.each(cases)('%s (ticked: %s) → %s', (text, checked, kind, thirdParty) => {
    const result = classifyText(text, { checked });
    expect(result.marketing, text).toBe(kind !== null);
    expect(result.kind, text).toBe(kind);
    if (thirdParty !== undefined) expect(result.thirdParty, text).toBe(thirdParty);
  });
});

describe('findings on the wording itself', () => {
  it('flags stacked negations as double-negative', () => {
    expect(classifyText('Untick if you do not want to not receive offers', { checked: true }).findings).toContain('double-negative');
    expect(classifyText('Ik heb geen bezwaar tegen het ontvangen van aanbiedingen').findings).toContain('double-negative');
  });
  it('does not flag the two clean double negations', () => {
    expect(classifyText('Ik wil geen aanbiedingen missen').findings).not.toContain('double-negative');
    expect(classifyText('Uncheck this box if you prefer not to receive e-mails', { checked: true }).findings).not.toContain('double-negative');
  });
  it('flags a vague purpose and a missing channel', () => {
    expect(classifyText('Blijf op de hoogte').findings).toEqual(expect.arrayContaining(['vague-purpose', 'channel-not-named']));
  });
  it('names the channels it reads and defaults to e-mail', () => {
    expect(classifyText('Stuur mij aanbiedingen per sms en per post').channels).toEqual(['sms', 'post']);
    expect(classifyText('Graag ontvang ik jullie reclame').channels).toEqual(['email']);
  });
  it('detects the language, and a hint only wins where the text allows it', () => {
    expect(classifyText('Recevoir les offres de nos partenaires').lang).toBe('fr');
    expect(classifyText('Newsletter', { lang: 'de' }).lang).toBe('de');
    expect(classifyText('Ich möchte den Newsletter abonnieren', { lang: 'en' }).lang).toBe('de');
  });
  it("does not let another language call strong what the page's language holds weak", () => {
    // A Dutch shop's coupon field: Dutch needs a receiving verb for "coupon", English alone would not.
    expect(classifyText('Couponcode toevoegen aan winkelwagen: Coupon', { lang: 'nl' }).marketing).toBe(false);
    expect(classifyText('Coupons', { lang: 'nl' }).marketing).toBe(false);
    expect(classifyText('Coupons', { lang: 'en' }).marketing).toBe(true);
    // A loanword the page's language does not know at all still counts: "Ik wil de newsletter".
    expect(classifyText('Ja, ik wil de newsletter', { lang: 'nl' }).marketing).toBe(true);
  });
  it('reads the start of a megabyte label and still calls a refusal a refusal', () => {
    const hostile = `Ik wil geen aanbiedingen ontvangen. ${'geen niet '.repeat(100_000)}`;
    expect(classifyText(hostile)).toMatchObject({ marketing: true, kind: 'negative' });
  });
});
