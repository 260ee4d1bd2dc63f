// Runs every fixture pair test/fixtures/<name>.html + <name>.json through the engine.
// The JSON holds the facts that are right by docs/decisions.md §4, written from the rules: a subset
// match, so only the keys a fixture writes are compared.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parsePage } from '../src/cli/load-page.js';
import { auditDocument, resolveSelector as resolve } from '../src/core/index.js';
import type { ControlReport, FormReport, ProfileChoice, ProfileId, Report } from '../src/core/types.js';
import { sameControl } from '../scripts/pages-eval';
import { RULES } from '../src/core/rules/index.js';

type ExpectedControl = Partial<Omit<ControlReport, 'selector'>> & { selector: string };
interface ExpectedForm {
  selector?: string;
  context?: string;
  verdict?: string;
  controls?: ExpectedControl[];
  requirements?: Record<string, string>;
  findings?: string[];
  absentFindings?: string[];
}
/** `profile` is what the audit is asked for (`auto`: the shop's country); `judgedAs` the profile that must come out of it. */
interface Expected { description: string; url?: string; profile?: ProfileChoice; judgedAs?: ProfileId; verdict: string; forms: ExpectedForm[] }

const dir = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');
const pages = readdirSync(dir).filter((f) => f.endsWith('.html')).sort();
const paired = pages.map((f) => f.slice(0, -5)).filter((n) => existsSync(join(dir, `${n}.json`)));

const hasMarketing = (f: FormReport | ExpectedForm) => (f.controls ?? []).some((c) => c.marketing === true);

it('every fixture page has its expected-facts twin', () => {
  expect(pages.filter((f) => !paired.includes(f.slice(0, -5))), 'pages without a .json twin').toEqual([]);
  expect(pages.length).toBeGreaterThanOrEqual(34);
});

it('every rule fires in at least one fixture that expects it', () => {
  const expected = new Set(paired.flatMap((name) => (JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8')) as Expected).forms.flatMap((form) => form.findings ?? [])));
  expect(RULES.map((rule) => rule.id).filter((id) => !expected.has(id)), 'add a fixture pair whose .json lists these rules under "findings"').toEqual([]);
});

function audit(name: string, exp: Expected) {
  // The page as the CLI reads it (jsdom, no scripts, srcdoc frames filled); declarative shadow roots stay templates, as in jsdom.
  const doc = parsePage(readFileSync(join(dir, `${name}.html`), 'utf8'), exp.url ?? 'about:blank');
  return { doc, report: auditDocument(doc, { url: exp.url, profile: exp.profile ?? 'nl' }) };
}

describe.each(paired)('fixture %s', (name) => {
  const exp = JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8')) as Expected;
  let cached: ReturnType<typeof audit> | undefined;
  const run = () => (cached ??= audit(name, exp)); // a throwing engine fails this fixture only

  it('page verdict and number of forms with marketing', () => {
    const { report } = run();
    expect.soft(report.verdict, `${name}: page verdict`).toBe(exp.verdict);
    if (exp.judgedAs) expect.soft(report.profile, `${name}: profile chosen from the page (${JSON.stringify(report.profileReason.signals)})`).toBe(exp.judgedAs);
    expect.soft(report.forms.filter(hasMarketing).length, `${name}: forms holding marketing controls`)
      .toBe(exp.forms.filter(hasMarketing).length);
  });

  const claimed = new Set<FormReport>();
  const findForm = (doc: Document, report: Report, ef: ExpectedForm): FormReport | undefined => {
    const found = ef.selector
      ? report.forms.find((f) => sameControl(resolve(doc, f.selector), resolve(doc, ef.selector!)))
      : report.forms.find((f) => !claimed.has(f) && hasMarketing(f) === hasMarketing(ef));
    if (found) claimed.add(found);
    return found;
  };

  it.each(exp.forms.map((ef, i) => [ef.selector ?? `form #${i + 1}`, ef] as const))('form %s', (label, ef) => {
    const { doc, report } = run();
    const form = findForm(doc, report, ef);
    const where = `${name}, form ${label}`;
    expect(form, `${where}: not in the report (forms: ${report.forms.map((f) => f.selector).join(', ')})`).toBeDefined();
    if (!form) return;
    if (ef.context) expect.soft(form.context, `${where}: context`).toBe(ef.context);
    if (ef.verdict) expect.soft(form.verdict, `${where}: form verdict`).toBe(ef.verdict);
    const expectedControls = ef.controls ?? [];
    for (const ec of expectedControls) {
      const target = resolve(doc, ec.selector);
      expect(target, `${where}: fixture selector ${ec.selector} finds nothing in the page`).not.toBeNull();
      const actual = form.controls.find((c) => sameControl(resolve(doc, c.selector), target));
      expect.soft(actual, `${where}: control ${ec.selector} not reported`).toBeDefined();
      if (!actual) continue;
      for (const [key, value] of Object.entries(ec)) {
        if (key !== 'selector') expect.soft(actual[key as keyof ControlReport], `${where}, control ${ec.selector}: ${key}`).toEqual(value);
      }
      if (actual.marketing) expect.soft(actual.off, `${where}, control ${ec.selector}: off action`).toBeTruthy();
    }
    for (const c of form.controls.filter((x) => x.marketing)) {
      const known = expectedControls.some((ec) => ec.marketing && sameControl(resolve(doc, ec.selector), resolve(doc, c.selector)));
      expect.soft(known, `${where}: unexpected marketing control ${c.selector} ("${c.label}")`).toBe(true);
    }
    for (const [id, status] of Object.entries(ef.requirements ?? {})) {
      expect.soft(form.requirements[id as keyof FormReport['requirements']]?.status, `${where}: requirement ${id}`).toBe(status);
    }
    const rules = new Set([...form.findings.map((f) => f.rule), ...form.controls.flatMap((c) => c.findings)]);
    for (const id of ef.findings ?? []) expect.soft(rules.has(id), `${where}: finding ${id} missing (got ${[...rules].join(', ')})`).toBe(true);
    for (const id of ef.absentFindings ?? []) expect.soft(rules.has(id), `${where}: finding ${id} should be absent`).toBe(false);
  });
});
