// The extension's content engine reads a page with only the lexicons the worker injects (the
// page's languages and English); the CLI and the live auditor read with all ten. On every fixture
// page both must come to the same report. Each page gets a fresh engine (vi.resetModules), as
// each page gets its own isolated world; this tier runs every file in its own module graph.
import { readdirSync, readFileSync } from 'node:fs';
import { expect, it, vi } from 'vitest';
import { languagesToLoad, stopwordTable } from '../../src/background/languages-to-load';
import { parsePage } from '../../src/cli/load-page';
import { pageSample } from '../../src/content/page-sample';
import { auditDocument } from '../../src/core/index';
import { ALL_LEXICONS } from '../../src/core/lexicons/index';
import type { ProfileId, Report } from '../../src/core/types';

const TABLE = stopwordTable(ALL_LEXICONS);
const names = readdirSync('test/fixtures').filter((file) => file.endsWith('.html')).map((file) => file.slice(0, -5));

/** What a shopper or reviewer sees of a report: verdicts, contexts, and what each box is. */
const seen = (report: Report) => ({
  verdict: report.verdict,
  forms: report.forms.map(({ selector, context, verdict, controls }) => ({
    selector, context, verdict,
    controls: controls.map(({ selector: control, marketing, kind, thirdParty, bundled, verdict: judged, findings }) => ({ control, marketing, kind, thirdParty, bundled, judged, findings })),
  })),
});

async function contentEngine(languages: readonly string[]) {
  vi.resetModules();
  const { useLexicons } = await import('../../src/core/lexicons/index');
  useLexicons(ALL_LEXICONS.filter((lexicon) => languages.includes(lexicon.lang)));
  return (await import('../../src/core/audit-document')).auditDocument;
}

it.each(names)('%s: the content engine with the injected languages reports what the full engine does', async (name) => {
  const html = readFileSync(`test/fixtures/${name}.html`, 'utf8');
  const { url = 'about:blank', profile = 'nl' } = JSON.parse(readFileSync(`test/fixtures/${name}.json`, 'utf8')) as { url?: string; profile?: ProfileId };
  const full = auditDocument(parsePage(html, url), { url, profile });
  const page = parsePage(html, url);
  const audit = await contentEngine(languagesToLoad(pageSample(page), TABLE));
  expect(seen(audit(page, { url, profile }))).toEqual(seen(full));
});
