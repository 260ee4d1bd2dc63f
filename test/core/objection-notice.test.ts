// Under de the form itself must say that one can object at any time at no cost beyond basic-rate
// transmission (UWG §7(3) Nr. 4; docs/decisions.md §5). "Free shipping" elsewhere is no such notice.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { auditDocument } from '../../src/core/index';

const checkout = (notice: string) => new JSDOM(`<html lang="de-DE"><body><form>
  <label><input type="checkbox" id="nl" checked> Ja, ich möchte Angebote zu ähnlichen Produkten per E-Mail erhalten.</label>
  <p>${notice}</p><p>Gesamtsumme 39,90 €</p><button>Zahlungspflichtig bestellen</button></form></body></html>`).window.document;
const verdictUnderDe = (notice: string) => auditDocument(checkout(notice), { profile: 'de' }).verdict;

describe('the at-any-time, basic-rate notice on a German checkout', () => {
  it('is found in one sentence', () => {
    expect(verdictUnderDe('Sie können jederzeit widersprechen, ohne dass andere als die Übermittlungskosten nach den Basistarifen entstehen.')).toBe('compliant');
  });

  it('is found over two sentences', () => {
    expect(verdictUnderDe('Der Werbung können Sie jederzeit widersprechen. Dafür entstehen keine anderen als die Übermittlungskosten nach den Basistarifen.')).toBe('compliant');
  });

  it('is not made by "free shipping" far from the unsubscribe notice', () => {
    expect(verdictUnderDe('Abmeldung jederzeit möglich. Ihre Bestellung wird sorgfältig verpackt. Kostenloser Versand ab 50 €.')).toBe('non-compliant');
  });

  it('is not asked for under nl', () => {
    expect(auditDocument(checkout('Abmeldung jederzeit möglich.'), { profile: 'nl' }).verdict).toBe('compliant');
  });
});
