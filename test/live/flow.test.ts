import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runLiveAudit, type ResultLine } from '../../src/cli/live/index.js';
import { captureIo } from './helpers/capture-io.js';
import { LIVE_BROWSER, useFixtureShop } from './helpers/use-fixture-shop.js';

const env = useFixtureShop();

async function flowFile(name: string, content: unknown): Promise<string> {
  const file = join(env.dir, name);
  await writeFile(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
}

const checkoutFlow = {
  name: 'checkout',
  steps: [
    { goto: '/product' },
    { scan: 'product' },
    { click: '#add-to-cart' },
    { click: '#to-checkout' },
    { fill: '#email', value: 'reviewer@example.org' },
    { select: '#pay', value: 'card' },
    { waitFor: '#partners' },
    { scan: 'checkout' },
  ],
};

describe.skipIf(!LIVE_BROWSER)('flows', () => {
  it('walks product → cart → checkout and finds the pre-ticked partner box', async () => {
    const out = join(env.dir, 'out');
    const flow = await flowFile('checkout.json', checkoutFlow);
    const io = captureIo();
    expect(await runLiveAudit([env.shop.origin], { flow, out, delay: 0 }, io)).toBe(1);
    const [line] = (await readFile(join(out, 'results.jsonl'), 'utf8')).trim().split('\n').map((l) => JSON.parse(l) as ResultLine);
    expect(line).toMatchObject({ key: `checkout @ ${env.shop.origin}/`, ok: true, verdict: 'non-compliant' });
    const [product, checkout] = line!.reports;
    expect(product!.run.finalUrl).toBe(`${env.shop.origin}/product`);
    expect(checkout!.run).toMatchObject({ finalUrl: `${env.shop.origin}/checkout`, flowStep: 8 });
    const partners = checkout!.forms.flatMap((f) => f.controls).find((c) => c.selector === '#partners');
    expect(partners).toMatchObject({ checked: true, marketing: true, thirdParty: true, verdict: 'non-compliant' });
    expect(await readdir(join(out, line!.evidence!))).toEqual(expect.arrayContaining(['scan-1.png', 'scan-2.png', 'scan-2-control-1.png']));
  });

  it('reports a missing selector as a failed flow step', async () => {
    const flow = await flowFile('broken.json', [{ goto: `${env.shop.origin}/product` }, { click: '#no-such-button' }, { scan: true }]);
    const io = captureIo();
    expect(await runLiveAudit([], { flow, timeout: 8, retries: 0, delay: 0 }, io)).toBe(2);
    expect(io.err()).toMatch(/flow-step \(step 2 \(click "#no-such-button"\)/);
  });

  it.each([
    ['bad.json', '{"steps": [', /bad\.json: not valid JSON/],
    ['typo.json', [{ goto: '/x' }, { clik: '#buy' }, { scan: true }], /typo\.json: step 2: expected exactly one of goto, click, fill, select, waitFor, scan, got "clik"/],
    ['novalue.json', [{ goto: '/x' }, { fill: '#email' }, { scan: true }], /novalue\.json: step 2 \(fill\): needs "value"/],
    ['noscan.json', [{ goto: '/x' }], /noscan\.json: no "scan" step/],
    ['relative.json', [{ goto: '/x' }, { scan: true }], /step 1 \(goto\): '\/x' is not an absolute URL/],
    ['scheme.json', [{ goto: 'file:///etc/passwd' }, { scan: true }], /refused file: URL \(file: URLs need --allow-file\)/],
  ])('rejects %s with one clear line', async (name, content, message) => {
    const io = captureIo();
    expect(await runLiveAudit([], { flow: await flowFile(name, content) }, io)).toBe(2);
    expect(io.err()).toMatch(message);
    expect(io.err().trim().split('\n')).toHaveLength(1);
  });
});
