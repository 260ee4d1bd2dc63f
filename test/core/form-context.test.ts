// What a person sees and assistive tech announces decides a form's context (docs/decisions.md §3),
// and controls outside any <form> are judged where the person sends them (report-format.md).
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { auditDocument } from '../../src/core/index';

const page = (html: string) => new JSDOM(`<body>${html}</body>`).window.document;
const box = '<label><input type="checkbox" id="nb"> Send me your newsletter</label>';

describe('an icon button is read by its accessible name', () => {
  it.each([
    ['aria-label', '<button aria-label="Subscribe"><svg></svg></button>'],
    ['aria-labelledby', '<span id="sl" hidden>Subscribe</span><button aria-labelledby="sl"><svg></svg></button>'],
    ['title', '<button title="Subscribe"><svg></svg></button>'],
    ['an image alt', '<button><img src="arrow.svg" alt="Subscribe"></button>'],
    ['an image input', '<input type="image" src="go.png" alt="Subscribe">'],
    ['a submit value', '<input type="submit" value="Subscribe">'],
  ])('%s', (_, button) => {
    const report = auditDocument(page(`<form><input type="email" name="email">${box}${button}</form>`));
    expect(report.forms[0]!.context).toBe('newsletter');
  });
});

describe('the text around a form counts, not only what is inside it', () => {
  it('the heading just above a form that only says "OK"', () => {
    const report = auditDocument(page(`<div><h4>Newsletter</h4><form><input type="email" name="email">${box}<input type="submit" value="ok"></form></div>`));
    expect(report.forms[0]!.context).toBe('newsletter');
    expect(report.forms[0]!.contextEvidence).toContainEqual({ signal: 'nearText', quote: 'Newsletter' });
  });

  it('a footer form is not about the prices and headings of the product page above it', () => {
    const report = auditDocument(page(`<main><h1>Checkout</h1><p>Total €48.00</p></main><footer><form><input type="email" name="email"><label><input type="checkbox" id="nb" checked> Send me your newsletter</label><button>Send</button></form></footer>`));
    expect(report.forms[0]!.context).not.toBe('purchase');
  });

  it('several forms on one page are each judged on their own', () => {
    const report = auditDocument(page(`<form id="co"><h2>Checkout</h2><label><input type="checkbox" id="p" checked> Offers from our partners</label><p>Total €48.00</p><button>Place order</button></form>
      <footer><h2>Newsletter</h2><form id="nl"><input type="email" name="email">${box}<button aria-label="Subscribe"></button></form></footer>`));
    expect(report.forms.map((form) => [form.selector, form.context, form.verdict])).toEqual([['#co', 'purchase', 'non-compliant'], ['#nl', 'newsletter', 'compliant']]);
  });
});

describe('controls outside any <form>', () => {
  it('are grouped by the step that sends them, which gives their context', () => {
    const doc = page(`<h1>Checkout</h1><div class="steps"><section id="contact"><input type="email"><label><input type="checkbox" id="nb" checked> Send me offers by e-mail</label><button type="button">Continue</button></section>
      <section id="pay"><input name="cardnumber" autocomplete="cc-number"><button type="button">Pay now</button></section></div><aside><p>Total €48.00</p></aside>`);
    const [form] = auditDocument(doc).forms;
    expect(form).toMatchObject({ selector: '#contact', context: 'purchase', verdict: 'compliant' });
  });

  it('a filter sidebar is not a form to judge', () => {
    const doc = page(`<aside class="sidebar-filters"><h2>Filter</h2><label><input type="checkbox" name="f_sale"> Special offers</label><label><input type="checkbox" name="f_new"> New arrivals</label></aside><main><h1>Candles</h1></main>`);
    expect(auditDocument(doc).forms).toEqual([]);
  });
});

describe('words that could mean two things', () => {
  const de = (html: string) => new JSDOM(`<html lang="de"><body>${html}</body></html>`).window.document;
  const preticked = '<label><input type="checkbox" id="nb" checked> Ja, ich möchte den Newsletter abonnieren</label>';

  it('German "Anmelden" beside a password is a log-in, so a newsletter box ticked in advance there is no sign-up of its own', () => {
    const report = auditDocument(de(`<h1>Anmelden</h1><form><input type="email" name="email"><input type="password" name="password">${preticked}<button>Anmelden</button></form>`));
    expect([report.forms[0]!.context, report.forms[0]!.verdict]).toEqual(['registration', 'non-compliant']);
  });

  it('"Anmelden" under a newsletter heading still signs up for the newsletter', () => {
    const report = auditDocument(de(`<form><h2>Newsletter</h2><input type="email" name="email">${preticked}<button>Anmelden</button></form>`));
    expect([report.forms[0]!.context, report.forms[0]!.verdict]).toEqual(['newsletter', 'compliant']);
  });

  it('a stock alert asks about one product: its button outweighs the lone e-mail field', () => {
    const report = auditDocument(de(`<form><input type="email" name="email">${preticked}<button>Benachrichtigen, wenn wieder verfügbar</button></form>`));
    expect([report.forms[0]!.context, report.forms[0]!.verdict]).toEqual(['contact', 'non-compliant']);
  });
});
