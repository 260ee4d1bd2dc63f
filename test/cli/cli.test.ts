import { spawnSync } from 'node:child_process';
import { Readable } from 'node:stream';
import { runCli } from '../../src/cli/program';
import { captureIo } from '../live/helpers/capture-io';
import { deepMarkup, manyBoxes } from '../live/helpers/hostile-pages';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const CLI = join(process.cwd(), 'bin/vinkje.mjs');
const scratch = mkdtempSync(join(tmpdir(), 'vinkje-cli-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** One command line run in this process, as `npx vinkje …` would run it. */
async function vinkje(args: string[], input = '', env: NodeJS.ProcessEnv = {}) {
  const io = captureIo();
  const code = await runCli(args, { stdin: Readable.from([input]), stdout: io.stdout, stderr: io.stderr, env: { ...process.env, ...env } });
  return { code, stdout: io.out(), stderr: io.err() };
}

/** The real executable, for the few tests about the process itself. */
function vinkjeProcess(args: string[], input?: string) {
  const run = spawnSync(process.execPath, [CLI, ...args], { input, encoding: 'utf8', timeout: 120_000 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const fixture = (name: string) => `test/fixtures/${name}.html`;
const write = (name: string, content: string | Buffer) => {
  const path = join(scratch, name);
  writeFileSync(path, content);
  return path;
};

describe('vinkje classify', () => {
  it('prints the documented classify result for one text', async () => {
    const run = await vinkje(['classify', '--checked', 'Graag ontvang ik gerelateerde aanbiedingen']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({
      schema: 'vinkje/1', text: 'Graag ontvang ik gerelateerde aanbiedingen', lang: 'nl', checked: true,
      marketing: true, kind: 'soft-opt-in', thirdParty: false, bundled: false, channels: ['email'],
    });
  });

  it('judges the box for a form context when one is given', async () => {
    const run = await vinkje(['classify', '--checked', '--context', 'registration', 'Houd mij op de hoogte van acties en kortingen']);
    expect(JSON.parse(run.stdout)).toMatchObject({ kind: 'soft-opt-in', context: 'registration', verdict: 'non-compliant', findings: expect.arrayContaining(['preticked-without-sale']) });
    const atCheckout = JSON.parse((await vinkje(['classify', '--checked', '--context', 'purchase', 'Houd mij op de hoogte van acties en kortingen'])).stdout);
    expect(atCheckout.verdict).toBe('compliant');
  });

  it('answers JSON lines in order, echoing ids, with an error line for a bad line', async () => {
    const input = ['{"id":1,"text":"Ik wil geen reclame ontvangen"}', 'not json', '{"id":"x","text":"Create an account?"}', '{"id":3,"text":7}'].join('\n');
    const lines = (await vinkje(['classify', '--jsonl'], input)).stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatchObject({ id: 1, kind: 'negative' });
    expect(lines[1].error).toMatch(/line 2/);
    expect(lines[2]).toMatchObject({ id: 'x', marketing: false, kind: null });
    expect(lines[3]).toMatchObject({ id: 3, error: expect.stringContaining('text') });
  });
});

describe('vinkje audit', () => {
  it('prints the same JSON whatever --messages says, apart from the findings\' human message', async () => {
    const inUi = async (lang: string) => JSON.parse((await vinkje(['audit', '--format', 'json', '--messages', lang, fixture('nl-woocommerce-checkout-preticked-partners')])).stdout);
    const [nl, en] = [await inUi('nl'), await inUi('en')];
    const messages = (report: { forms: { findings: { message: string }[] }[] }) => report.forms.flatMap((form) => form.findings.map((finding) => finding.message));
    expect(messages(nl)).toContain('De klantuitzondering geldt alleen voor eigen producten van de winkel. Aanbiedingen van partners vragen altijd toestemming, en een vooraf ingestelde keuze is geen toestemming.');
    expect(messages(en)).toContain("The customer exception only covers the shop's own products. Offers from partners always need consent, and a pre-set choice is not consent.");
    const withoutMessages = (report: unknown) => JSON.stringify(report, (key, value) => (key === 'message' || key === 'scannedAt' ? undefined : value));
    expect(withoutMessages(nl)).toBe(withoutMessages(en));
  });

  it('prints one contract report and exits 1 when a form is non-compliant', async () => {
    const run = await vinkje(['audit', '--format', 'json', fixture('nl-woocommerce-checkout-preticked-partners')]);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report).toMatchObject({ schema: 'vinkje/1', profile: 'nl', verdict: 'non-compliant', tool: { name: 'vinkje' } });
    const partner = report.forms[0].controls.find((c: { thirdParty: boolean }) => c.thirdParty);
    expect(partner).toMatchObject({ selector: '#kh_partner_offers', type: 'checkbox', checked: true, kind: 'soft-opt-in', findings: ['third-party-soft-opt-in'] });
    expect(Object.keys(report.forms[0].requirements).sort()).toEqual(['customerRelation', 'objection', 'ownProducts', 'priorNotice', 'relatedProducts', 'unsubscribeNotice']);
  });

  it('judges by the shop\'s country unless --profile says otherwise, and says why', async () => {
    const page = fixture('de-woocommerce-germanized-checkout-preticked-without-basistarif-notice');
    const auto = await vinkje(['audit', page], undefined, { NO_COLOR: '1' });
    expect(auto.code).toBe(1);
    expect(auto.stdout).toMatch(/NON-COMPLIANT {2}profile de \(auto: \.de, de-DE, DE, HRB 34521, EUR\), 1 form/);
    expect(auto.stdout).toContain('objection-notice-missing');
    const chosen = JSON.parse((await vinkje(['audit', '--format', 'json', '--profile', 'nl', page])).stdout);
    expect(chosen).toMatchObject({ profile: 'nl', verdict: 'compliant', profileReason: { chosen: 'nl', country: 'DE' } });
    const markdown = (await vinkje(['audit', '--format', 'md', '--messages', 'en', page])).stdout;
    expect(markdown).toContain("- Judged under Germany \\(UWG §7\\), the shop's country as the page tells it: .de, de-DE, DE, HRB 34521, EUR");
  });

  it('wraps several reports and exits 0 when nothing is non-compliant', async () => {
    const run = await vinkje(['audit', '--format', 'json', fixture('nl-woocommerce-checkout-preticked-related-offers'), fixture('en-woocommerce-checkout-no-marketing')]);
    expect(run.code).toBe(0);
    const document = JSON.parse(run.stdout);
    expect(document.schema).toBe('vinkje/1');
    expect(document.reports.map((r: { verdict: string }) => r.verdict)).toEqual(['compliant', 'no-marketing']);
  });

  it('reads standard input with -', async () => {
    const html = '<form><label><input type="checkbox" checked> Graag ontvang ik gerelateerde aanbiedingen</label><button>Bestelling plaatsen</button> Totaal € 12,95</form>';
    const run = await vinkje(['audit', '--format', 'json', '-'], html);
    expect(JSON.parse(run.stdout)).toMatchObject({ source: 'stdin', verdict: 'compliant' });
  });

  it('prints a plain table without colour when NO_COLOR is set', async () => {
    const run = await vinkje(['audit', fixture('nl-woocommerce-checkout-preticked-partners')], undefined, { NO_COLOR: '1' });
    expect(run.stdout).toContain('NON-COMPLIANT');
    expect(run.stdout).toContain('third-party-soft-opt-in');
    expect(run.stdout).not.toContain('\u001b[');
  });

  it('writes a self-contained HTML report in which page text stays text', async () => {
    const hostile = write('hostile.html', '<form><label><input type="checkbox" checked><img src=x onerror=alert(1)> &lt;script&gt;alert(1)&lt;/script&gt; Graag ontvang ik aanbiedingen van partners</label></form>');
    const run = await vinkje(['audit', '--format', 'html', hostile]);
    expect(run.stdout).toMatch(/^<!doctype html>/i);
    expect(run.stdout).not.toMatch(/<script|<img|onerror=/i);
    expect(run.stdout).toContain('&lt;script&gt;');
  });

  it('writes Markdown in the chosen language with the page verdict and the partner box quoted', async () => {
    const markdown = (await vinkje(['audit', '--format', 'md', '--messages', 'nl', fixture('nl-woocommerce-checkout-preticked-partners')])).stdout;
    expect(markdown).toMatch(/^# Vinkje-rapport: /);
    expect(markdown).toContain('- Deze pagina: **Niet volgens de regels**');
    expect(markdown).toMatch(/^#### “[^\n]*partners[^\n]*” — Niet volgens de regels$/m);
  });
});

describe('bad input gets one line on stderr and exit 2', () => {
  const cases: [string, () => string[], RegExp][] = [
    ['a missing file', () => ['audit', join(scratch, 'nope.html')], /nope\.html: no such file/],
    ['a directory', () => ['audit', scratch], /is a directory/],
    ['a binary file', () => ['audit', write('image.html', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]))], /binary file/],
    ['an empty file', () => ['audit', write('empty.html', '')], /empty file/],
    ['a 50 MB page', () => ['audit', write('huge.html', Buffer.alloc(50 * 1024 * 1024, 'a'))], /larger than the 20\.0 MB limit/],
    ['an unknown profile', () => ['audit', '--profile', 'xx', fixture('nl-woocommerce-checkout-preticked-partners')], /unknown profile/],
    ['an unknown option', () => ['audit', '--colour'], /unknown option/],
    ['classify without text', () => ['classify'], /give the label text/],
  ];
  it.each(cases)('%s', async (_, args, message) => {
    const run = await vinkje(args());
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(/\bat .*\.js:\d+/);
  });
});

describe('hostile pages get a bounded answer', () => {
  // The pages the live auditor's hostile suite serves (test/live/hostile.test.ts), here as saved files.
  it('judges the checkout behind 100 000 checkboxes as the clean page, and says it stopped early', async () => {
    const run = await vinkje(['audit', '--format', 'json', write('many.html', manyBoxes)]);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report.truncated).toEqual(['stopped after 1000 controls']);
    expect(report.forms.find((form: { selector: string }) => form.selector === '#checkout')).toMatchObject({ verdict: 'non-compliant' });
  }, 150_000);

  it('answers a checkout nested 10 000 elements deep with one line naming the cause', async () => {
    const run = await vinkje(['audit', write('deep.html', deepMarkup)]);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toEqual([expect.stringMatching(/deep\.html: elements nested too deeply to parse; audit the page live instead$/)]);
  }, 150_000);

  it('audits malformed HTML as a browser would repair it', async () => {
    const run = await vinkje(['audit', '--format', 'json', write('broken.html', '<form><p><label><input type=checkbox checked>Graag ontvang ik aanbiedingen<div></span></form')]);
    expect(JSON.parse(run.stdout).forms[0].controls[0]).toMatchObject({ marketing: true, checked: true });
  });
});

describe('the executable itself (two smoke tests; everything else runs in-process)', () => {
  it('prints a classify result and exits 0', () => {
    const run = vinkjeProcess(['classify', 'Graag ontvang ik jullie nieuwsbrief']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ schema: 'vinkje/1', marketing: true, kind: 'opt-in' });
  });
  it('answers bad input with one line on stderr and exit code 2', () => {
    const run = vinkjeProcess(['audit', join(scratch, 'missing.html')]);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toEqual([expect.stringMatching(/missing\.html: no such file/)]);
  });
});
