import { describe, expect, it } from 'vitest';
import { badgeFor } from '../../src/background/badge-for';
import { isContentRequest } from '../../src/shared-ui/is-content-request';
import { isReportMessage } from '../../src/shared-ui/is-report-message';
import { isOwnExtensionPage, ownContentScriptTab } from '../../src/shared-ui/message-sender';
import { sampleReport } from './sample-report';

describe('message shapes', () => {
  it.each([
    [{ type: 'vinkje:get-report' }, true],
    [{ type: 'vinkje:untick-all' }, true],
    [{ type: 'vinkje:show-control', selector: '#partners' }, true],
    [{ type: 'vinkje:show-control' }, false],
    [{ type: 'vinkje:untick', selector: '#partners' }, true],
    [{ type: 'vinkje:untick', selector: '' }, false],
    [{ type: 'vinkje:untick', selector: 'x'.repeat(5000) }, false],
    [{ type: 'vinkje:retick', selectors: ['#partners', 'fieldset#offers'] }, true],
    [{ type: 'vinkje:retick', selectors: [] }, true],
    [{ type: 'vinkje:retick', selectors: '#partners' }, false],
    [{ type: 'vinkje:retick', selectors: [42] }, false],
    [{ type: 'vinkje:retick', selectors: Array(201).fill('#a') }, false],
    [{ type: 'vinkje:show-control', selector: 'x'.repeat(5000) }, false],
    [{ type: 'vinkje:report', host: 'a', report: null }, false],
    [{ type: 'vinkje:get-report', padding: 'x'.repeat(100_000) }, false],
    [{ type: 'vinkje:untick', selector: '#partners', html: '<img src=x onerror=alert(1)>' }, false],
    [{ type: 'toString' }, false],
    [[{ type: 'vinkje:get-report' }], false],
    ['vinkje:get-report', false],
    [null, false],
  ])('content script accepts %j: %s', (message, ok) => expect(isContentRequest(message)).toBe(ok));

  it.each([
    [{ type: 'vinkje:report', host: 'shop.nl', report: null }, true],
    [{ type: 'vinkje:report', host: 'shop.nl', report: sampleReport() }, true],
    [{ type: 'vinkje:report', host: 'shop.nl', report: { schema: 'other/1', forms: [] } }, false],
    [{ type: 'vinkje:report', report: null }, false],
    [{ type: 'vinkje:get-report' }, false],
  ])('worker accepts %j: %s', (message, ok) => expect(isReportMessage(message)).toBe(ok));

  const report = (change: (r: any) => void) => {
    const r = sampleReport() as any;
    change(r);
    return { type: 'vinkje:report', host: 'shop.nl', report: r };
  };
  it.each([
    ['a host name longer than any host', { type: 'vinkje:report', host: 'a'.repeat(254), report: null }],
    ['a verdict with no style (the badge would have no colour)', report((r) => (r.verdict = 'great'))],
    ['a control whose verdict is not one', report((r) => (r.forms[0].controls[0].verdict = '<b>ok</b>'))],
    ['a control without its marketing flag', report((r) => delete r.forms[0].controls[0].marketing)],
    ['more controls than a content script ever reports', report((r) => (r.forms[0].controls = Array(401).fill(r.forms[0].controls[0])))],
    ['forms that are not a list', report((r) => (r.forms = { length: 1 }))],
    ['a scan date of a megabyte', report((r) => (r.scannedAt = 'x'.repeat(1_000_000)))],
  ])('worker drops a report with %s', (_, message) => expect(isReportMessage(message)).toBe(false));
});

describe('message senders', () => {
  const ID = 'abcdefghijklmnop';
  const BASE = `chrome-extension://${ID}/`;
  it.each([
    ['the popup', { id: ID, url: `${BASE}popup.html` }, true],
    ['the popup opened in a tab', { id: ID, url: `${BASE}popup.html?tabId=3`, tab: { id: 4 } }, true],
    ['its own content script (the url is the shop\'s)', { id: ID, url: 'https://shop.nl/checkout', tab: { id: 3 }, frameId: 0 }, false],
    ['another extension\'s page', { id: 'other', url: 'chrome-extension://other/popup.html' }, false],
    ['a page that names our extension in its url', { id: 'other', url: `https://evil.example/${BASE}` }, false],
  ])('the content script answers %s: %s', (_, sender, ok) => expect(isOwnExtensionPage(sender, ID, BASE)).toBe(ok));

  it.each([
    ['its own content script in a top frame', { id: ID, url: 'https://shop.nl/', tab: { id: 7 }, frameId: 0 }, 7],
    ['its own content script in an iframe', { id: ID, url: 'https://ads.example/', tab: { id: 7 }, frameId: 3 }, null],
    ['another extension\'s content script', { id: 'other', url: 'https://shop.nl/', tab: { id: 7 }, frameId: 0 }, null],
    ['an extension page, not in a tab', { id: ID, url: `${BASE}popup.html` }, null],
  ])('the worker counts a report from %s into tab %s', (_, sender, tab) => expect(ownContentScriptTab(sender, ID)).toBe(tab));

});

describe('badgeFor', () => {
  it('counts marketing controls with a problem, coloured by the page verdict', () => {
    expect(badgeFor(sampleReport())).toEqual({ text: '1', color: '#c5221f' });
  });

  it('shows a green tick when all is fine and nothing without marketing', () => {
    const fine = sampleReport();
    fine.verdict = 'compliant';
    fine.forms[0]!.controls[0]!.verdict = 'compliant';
    expect(badgeFor(fine)).toEqual({ text: '✓', color: '#188038' });
    expect(badgeFor({ ...fine, verdict: 'no-marketing' })).toBeNull();
    expect(badgeFor(null)).toBeNull();
  });
});
