import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { auditDocument } from '../../src/core/index';

const checkout = (box: string) => new JSDOM(`<form id="checkout"><h2>Afrekenen</h2>${box}<p>Totaal € 24,95</p><button>Bestelling plaatsen</button></form>`).window.document;

const byUser = (ids: string[]) => (element: Element) => ids.includes(element.id);

describe('the verdict judges the default the shop set, not the shopper’s clicks', () => {
  it('a registration box the shopper ticked is still an opt-in', () => {
    const page = new JSDOM('<form><input type="password" name="pw"><label><input type="checkbox" id="nb"> Stuur mij de nieuwsbrief</label><button>Account aanmaken</button></form>').window.document;
    (page.getElementById('nb') as HTMLInputElement).checked = true;
    const [control] = auditDocument(page, { changedByUser: byUser(['nb']) }).forms[0]!.controls;
    expect(control).toMatchObject({ kind: 'opt-in', checked: false, checkedNow: true, verdict: 'compliant' });
  });

  it('a pre-ticked partner box the shopper unticked is still judged as pre-ticked', () => {
    const page = checkout('<label><input type="checkbox" id="p" checked> Ja, aanbiedingen van onze partners</label>');
    (page.getElementById('p') as HTMLInputElement).checked = false;
    const [control] = auditDocument(page, { changedByUser: byUser(['p']) }).forms[0]!.controls;
    expect(control).toMatchObject({ kind: 'soft-opt-in', checked: true, checkedNow: false, verdict: 'non-compliant' });
  });

  it('a box a page script ticked (no attribute) counts as pre-ticked when no person touched it', () => {
    const page = checkout('<label><input type="checkbox" id="p"> Ja, aanbiedingen van onze partners</label>');
    (page.getElementById('p') as HTMLInputElement).checked = true;
    expect(auditDocument(page).forms[0]!.controls[0]).toMatchObject({ checked: true, verdict: 'non-compliant' });
  });

  it('a select defaults to its first option unless one is marked selected', () => {
    const page = checkout('<label for="s">Nieuwsbrief ontvangen?</label><select id="s"><option value="1">Ja</option><option value="0">Nee</option></select>');
    expect(auditDocument(page).forms[0]!.controls[0]).toMatchObject({ type: 'radio', checked: true, kind: 'soft-opt-in' });
  });
});
