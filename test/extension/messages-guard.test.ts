import { describe, expect, it } from 'vitest';
import { badgeFor } from '../../src/background/badge-for';
import { isContentRequest } from '../../src/shared-ui/is-content-request';
import { isReportMessage } from '../../src/shared-ui/is-report-message';
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
