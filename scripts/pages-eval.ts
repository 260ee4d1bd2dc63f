// npm run eval -- --pages: the engine over every fixture pair (test/fixtures/<name>.html + .json),
// counted as a shopper would notice it: marketing boxes found, boxes called marketing that are
// not, and verdicts (page and form) as the expected facts say.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePage } from '../src/cli/load-page';
import { auditDocument, resolveSelector } from '../src/core/index';
import type { ProfileId, Report } from '../src/core/types';

interface ExpectedControl { selector: string; marketing?: boolean }
interface ExpectedForm { selector?: string; verdict?: string; controls?: ExpectedControl[] }
interface Expected { url?: string; profile?: ProfileId; verdict: string; forms: ExpectedForm[] }

export interface PageScores {
  pages: number;
  expectedMarketing: number;
  found: number;
  falseMarketing: number;
  pageVerdicts: number;
  formVerdicts: number;
  expectedFormVerdicts: number;
  misses: string[];
}

/** A yes/no group may be reported by any of its radios or by the element that holds them. */
export function sameControl(a: Element | null, b: Element | null): boolean {
  if (!a || !b) return false;
  if (a === b) return true;
  const radio = (e: Element) => (e.matches('input[type=radio]') ? e.getAttribute('name') : null);
  if (radio(a) && radio(a) === radio(b) && a.closest('form') === b.closest('form')) return true;
  return (a.contains(b) && radio(b) !== null) || (b.contains(a) && radio(a) !== null);
}

function scorePage(name: string, doc: Document, report: Report, exp: Expected, scores: PageScores): void {
  const at = (selector: string) => resolveSelector(doc, selector);
  const reported = report.forms.flatMap((form) => form.controls.filter((c) => c.marketing).map((c) => at(c.selector)));
  const expected = exp.forms.flatMap((form) => form.controls ?? []);
  for (const ec of expected.filter((c) => c.marketing === true)) {
    scores.expectedMarketing++;
    if (reported.some((element) => sameControl(element, at(ec.selector)))) scores.found++;
    else scores.misses.push(`${name}: marketing box ${ec.selector} not found`);
  }
  const listed = expected.filter((c) => c.marketing === true).map((c) => at(c.selector));
  for (const element of reported.filter((e) => !listed.some((l) => sameControl(e, l)))) {
    scores.falseMarketing++;
    scores.misses.push(`${name}: ${element?.outerHTML.slice(0, 80)} called marketing`);
  }
  if (report.verdict === exp.verdict) scores.pageVerdicts++;
  else scores.misses.push(`${name}: page ${report.verdict}, expected ${exp.verdict}`);
  for (const ef of exp.forms.filter((form) => form.verdict && form.selector)) {
    scores.expectedFormVerdicts++;
    const form = report.forms.find((f) => sameControl(at(f.selector), at(ef.selector!)));
    if (form?.verdict === ef.verdict) scores.formVerdicts++;
    else scores.misses.push(`${name}: form ${ef.selector} ${form?.verdict ?? 'not reported'}, expected ${ef.verdict}`);
  }
}

export function scorePages(dir: string): PageScores {
  const scores: PageScores = { pages: 0, expectedMarketing: 0, found: 0, falseMarketing: 0, pageVerdicts: 0, formVerdicts: 0, expectedFormVerdicts: 0, misses: [] };
  const names = readdirSync(dir).filter((file) => file.endsWith('.json')).map((file) => file.slice(0, -5)).sort();
  for (const name of names) {
    const exp = JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8')) as Expected;
    const doc = parsePage(readFileSync(join(dir, `${name}.html`), 'utf8'), exp.url ?? 'about:blank');
    scores.pages++;
    scorePage(name, doc, auditDocument(doc, { url: exp.url, profile: exp.profile ?? 'nl' }), exp, scores);
  }
  return scores;
}
