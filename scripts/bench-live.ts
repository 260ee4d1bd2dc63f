// Pages per minute and peak memory of the live auditor: a batch of local fixture pages with full
// evidence (--out, screenshots) at several concurrencies. Usage: npm run bench:live [-- pages [1,2,4]]
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { runLiveAudit } from '../src/cli/live/index.js';
import { startFixtureShop } from '../test/live/helpers/fixture-shop.js';

const PAGES = Number(process.argv[2] ?? 200);
const CONCURRENCY = (process.argv[3] ?? '1,2,4').split(',').map(Number);

function descendants(root: number): number[] {
  const parents = new Map<number, number>();
  for (const entry of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      parents.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // the process ended meanwhile
    }
  }
  const tree = [root];
  for (let i = 0; i < tree.length; i++) for (const [pid, parent] of parents) if (parent === tree[i]) tree.push(pid);
  return tree;
}

/** Proportional set size of this process and every browser process under it, in MB (shared pages counted once). */
function treePssMb(): number {
  const kb = descendants(process.pid).reduce((sum, pid) => {
    try {
      return sum + Number(/^Pss:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'))?.[1] ?? 0);
    } catch {
      return sum;
    }
  }, 0);
  return kb / 1024;
}

async function measure(sitemap: string, concurrency: number): Promise<string> {
  const out = await mkdtemp(join(tmpdir(), 'vinkje-bench-'));
  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, treePssMb())), 250);
  const started = Date.now();
  const quiet = new Writable({ write: (_chunk, _enc, done) => done() });
  await runLiveAudit([], { urls: sitemap, out, concurrency, delay: 0, retries: 0 }, { stdout: quiet, stderr: quiet });
  const seconds = (Date.now() - started) / 1000;
  clearInterval(sampler);
  await rm(out, { recursive: true, force: true });
  return `concurrency ${concurrency}: ${PAGES} pages in ${seconds.toFixed(1)} s = ${((PAGES / seconds) * 60).toFixed(0)} pages/min, peak memory ${peak.toFixed(0)} MB (node + Chromium, PSS), load average ${loadavg()[0]!.toFixed(1)}`;
}

const shop = await startFixtureShop(PAGES);
try {
  for (const concurrency of CONCURRENCY) console.log(await measure(`${shop.origin}/sitemap.xml`, concurrency));
} finally {
  await shop.close();
}
