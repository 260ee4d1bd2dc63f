import { readdirSync } from 'node:fs';
import { findingText, findingTitle } from '../../src/shared-ui/render/explain';
import { translator } from '../extension/translator';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/core/rules/index';
import { legalRefs } from '../../src/core/profiles/index';
import { classifyText } from '../../src/core/index';
import { judgeControl } from '../../src/core/report/judge-control';
import type { ControlFacts, FormFacts } from '../../src/core/rules/rule';

const control = (overrides: Partial<ControlFacts>): ControlFacts => ({
  label: 'Graag ontvang ik aanbiedingen', marketing: true, kind: 'opt-in', thirdParty: false, bundled: false, channels: ['email'],
  wordingFindings: [], checked: false, disabled: false, required: false, hidden: false, context: 'purchase',
  quoteRequest: false, unsubscribeAnnounced: false, costFreeObjectionAnnounced: false, showsSavedAddress: false,
  ...overrides,
  checkedNow: overrides.checked ?? false,
});

// Each rule: a situation in which it must fire, and a near one in which it must not (docs/decisions.md §4).
const CONTROL_CASES: Record<string, [Partial<ControlFacts>, Partial<ControlFacts>]> = {
  'preticked-without-sale': [{ kind: 'soft-opt-in', checked: true, context: 'registration' }, { kind: 'soft-opt-in', checked: true, context: 'purchase' }],
  'negative-without-sale': [{ kind: 'negative', context: 'survey' }, { kind: 'negative', checked: true, context: 'survey' }],
  'negative-phrasing': [{ kind: 'negative', context: 'purchase' }, { kind: 'opt-in', context: 'purchase' }],
  'negative-context-unclear': [{ kind: 'negative', context: 'unknown' }, { kind: 'negative', context: 'purchase' }],
  'bundled-consent': [{ kind: 'bundled', bundled: true, required: true }, { kind: 'bundled', bundled: true, context: 'newsletter' }],
  'bundled-newsletter-signup': [{ kind: 'bundled', bundled: true, context: 'newsletter' }, { kind: 'bundled', bundled: true }],
  'third-party-soft-opt-in': [{ kind: 'soft-opt-in', checked: true, thirdParty: true }, { thirdParty: true }],
  'third-party-opt-in': [{ thirdParty: true }, { kind: 'soft-opt-in', checked: true, thirdParty: true }],
  'required-marketing': [{ required: true, context: 'registration' }, { required: true, context: 'newsletter' }],
  'required-negative': [{ kind: 'negative', required: true }, { kind: 'negative' }],
  'hidden-marketing-on': [{ kind: 'soft-opt-in', checked: true, hidden: true }, { hidden: true }],
  'disabled-marketing-on': [{ kind: 'soft-opt-in', checked: true, disabled: true }, { kind: 'soft-opt-in', checked: true }],
  'inert-marketing-off': [{ disabled: true }, { kind: 'soft-opt-in', checked: true, disabled: true }],
  'context-unclear': [{ kind: 'soft-opt-in', checked: true, context: 'unknown' }, { context: 'unknown' }],
  'preticked-newsletter': [{ kind: 'soft-opt-in', checked: true, context: 'newsletter' }, { kind: 'soft-opt-in', checked: true, context: 'purchase' }],
  'soft-opt-in-unverifiable': [{ kind: 'soft-opt-in', checked: true }, { kind: 'soft-opt-in', checked: true, thirdParty: true }],
  'double-negative': [{ wordingFindings: ['double-negative'] }, {}],
  'vague-purpose': [{ wordingFindings: ['vague-purpose'] }, {}],
  'marketing-uncertain': [{ wordingFindings: ['weak-evidence'] }, { wordingFindings: ['weak-evidence', 'vague-purpose'] }],
  'marketing-from-field-name': [{ wordingFindings: ['field-name-only', 'weak-evidence'] }, { wordingFindings: ['weak-evidence'] }],
  'channel-not-named': [{ wordingFindings: ['channel-not-named'] }, {}],
  'unsubscribe-not-announced': [{ kind: 'soft-opt-in', checked: true }, { kind: 'soft-opt-in', checked: true, unsubscribeAnnounced: true }],
  'no-active-consent': [{ kind: 'soft-opt-in', checked: true }, { kind: 'opt-in' }],
  'objection-notice-missing': [{ kind: 'negative', context: 'unknown' }, { kind: 'negative', context: 'unknown', costFreeObjectionAnnounced: true }],
  'preticked-customer-box': [{ kind: 'soft-opt-in', checked: true }, { kind: 'negative' }],
  'objection-by-unticking': [{ kind: 'soft-opt-in', checked: true }, { kind: 'negative' }],
  'saved-choice-possible': [{ kind: 'soft-opt-in', checked: true, showsSavedAddress: true }, { kind: 'opt-in', showsSavedAddress: true }],
  'quote-request-as-sale': [{ kind: 'soft-opt-in', checked: true, quoteRequest: true }, { kind: 'soft-opt-in', checked: true }],
};

const form = (overrides: Partial<FormFacts>): FormFacts => ({ context: 'purchase', controls: [], priorNotice: null, unsubscribeNotice: null, costFreeObjectionNotice: null, ...overrides });
const FORM_CASES: Record<string, [Partial<FormFacts>, Partial<FormFacts>]> = {
  'notice-without-objection': [{ priorNotice: 'U ontvangt ook onze nieuwsbrief.' }, { priorNotice: 'U ontvangt ook onze nieuwsbrief.', controls: [control({})] }],
};

describe.each(RULES.map((rule) => [rule.id, rule] as const))('rule %s', (id, rule) => {
  it('fires where it should and not in the near case', () => {
    if (rule.scope === 'control') {
      const [fires, quiet] = CONTROL_CASES[id] ?? [];
      expect(fires, `add a case for ${id} to CONTROL_CASES`).toBeDefined();
      expect(rule.check(control(fires!))).toBe(true);
      expect(rule.check(control(quiet!))).toBe(false);
    } else {
      const [fires, quiet] = FORM_CASES[id] ?? [];
      expect(fires, `add a case for ${id} to FORM_CASES`).toBeDefined();
      expect(rule.check(form(fires!))).toBe(true);
      expect(rule.check(form(quiet!))).toBe(false);
    }
  });

  it('is documented in both UI languages with its legal basis', () => {
    expect(id).toMatch(/^[a-z]+(-[a-z0-9]+)*$/);
    const finding = { rule: id, severity: rule.severity, legal: [] };
    for (const lang of ['nl', 'en'] as const) {
      expect(findingTitle(finding, translator(lang)).length, `rule_${id}_title in _locales/${lang}`).toBeGreaterThan(5);
      expect(findingText(finding, translator(lang)).length, `rule_${id}_text in _locales/${lang}`).toBeGreaterThan(30);
    }
    if (rule.severity !== 'violation' && rule.severity !== 'review') return;
    for (const profile of rule.profiles) expect(legalRefs(rule.legal, profile).length, `${id} needs legal references under ${profile}`).toBeGreaterThan(0);
  });
});

it('has one file per rule, named after its id', () => {
  const files = readdirSync(new URL('../../src/core/rules/', import.meta.url)).filter((file) => !['index.ts', 'rule.ts', 'predicates.ts'].includes(file));
  expect(files.map((file) => file.replace(/\.ts$/, '')).sort()).toEqual(RULES.map((rule) => rule.id).sort());
});

describe('wording a reader cannot settle', () => {
  const ambiguous = 'Entfernen Sie das Häkchen nicht, wenn Sie nicht darauf verzichten möchten, keine Angebote per E-Mail zu verpassen';
  it('is judged needs-review where its two readings would be judged differently', () => {
    expect(classifyText(ambiguous, { context: 'registration' })).toMatchObject({ verdict: 'needs-review', findings: expect.arrayContaining(['double-negative']) });
  });
  it('keeps its verdict where both readings agree (a ticked box on an order)', () => {
    expect(classifyText(ambiguous, { checked: true, context: 'purchase' }).verdict).toBe('compliant');
  });
});

describe('advertising read only from a general word', () => {
  const general = 'Ja, ik wil graag e-mails van Bol.com ontvangen';
  it('is at most needs-review, saying why, where a clear wording would be a violation', () => {
    expect(classifyText(general, { checked: true, context: 'registration' })).toMatchObject({ verdict: 'needs-review', findings: expect.arrayContaining(['marketing-uncertain', 'preticked-without-sale']) });
    expect(classifyText('Ja, ik wil graag de nieuwsbrief van Bol.com ontvangen', { checked: true, context: 'registration' }).verdict).toBe('non-compliant');
  });
  it('keeps a compliant verdict compliant', () => {
    expect(classifyText(general, { context: 'registration' })).toMatchObject({ verdict: 'compliant', findings: ['marketing-uncertain'] });
  });
});

describe('a box on a form that shows a saved e-mail address (an account being edited)', () => {
  const saved = (overrides: Partial<ControlFacts>) => judgeControl(control({ context: 'registration', showsSavedAddress: true, ...overrides }), 'nl');
  it('is judged as the choice the person made: a saved newsletter tick is compliant, with the warning that says why', () => {
    const judged = saved({ kind: 'soft-opt-in', checked: true });
    expect(judged.verdict).toBe('compliant');
    expect(judged.rules.map((rule) => rule.id)).toEqual(['saved-choice-possible']);
  });
  it('still wants a partner box\'s partners named', () => {
    expect(saved({ kind: 'soft-opt-in', checked: true, thirdParty: true }).rules.map((rule) => rule.id)).toEqual(['third-party-opt-in', 'saved-choice-possible']);
  });
  it('leaves a hidden value that switches marketing on a violation: it is the shop\'s, not the person\'s', () => {
    expect(saved({ kind: 'soft-opt-in', checked: true, hidden: true }).verdict).toBe('non-compliant');
  });
  it('changes nothing where no address is shown: a new visitor\'s pre-ticked box is no consent', () => {
    expect(judgeControl(control({ context: 'registration', kind: 'soft-opt-in', checked: true }), 'nl').verdict).toBe('non-compliant');
  });
});
