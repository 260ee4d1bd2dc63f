// Radix UI's and shadcn's checkboxes are a `role=checkbox` button followed by an aria-hidden
// native input that carries the name and state for the form: one box, not two.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { auditDocument } from '../../src/core/index';

const checkout = (copyChecked: boolean) => new JSDOM(`<html lang="en"><body><form id="checkout" method="post" action="/checkout"><h2>Checkout</h2>
  <label for="email">Email</label><input type="email" id="email" name="email">
  <div class="flex"><button type="button" role="checkbox" aria-checked="true" data-state="checked" id="marketing_consent"></button>
  <input type="checkbox" aria-hidden="true" tabindex="-1" name="marketing_consent" value="on" ${copyChecked ? 'checked' : ''} style="position:absolute;pointer-events:none;opacity:0;margin:0">
  <label for="marketing_consent">Email me about new releases and members-only offers</label></div>
  <button type="submit">Pay now</button></form></body></html>`).window.document;

describe('a Radix checkbox', () => {
  it('is reported once, as the switch, when its form copy is in the same state', () => {
    const controls = auditDocument(checkout(true)).forms[0]!.controls;
    expect(controls.map((control) => [control.selector, control.type])).toEqual([['#marketing_consent', 'switch']]);
    expect(controls[0]).toMatchObject({ marketing: true, kind: 'soft-opt-in', hidden: false });
  });

  it('keeps an aria-hidden box in another state as a box of its own, so markup cannot hide a choice behind a switch', () => {
    const controls = auditDocument(checkout(false)).forms[0]!.controls;
    expect(controls).toHaveLength(2);
  });
});
