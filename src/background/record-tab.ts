import browser from 'webextension-polyfill';
import { countProblems } from '../shared-ui/count-problems';
import type { ReportMessage, SiteProblem, TabState } from '../shared-ui/messages';
import { badgeFor } from './badge-for';

const PROBLEM_SITES = 'problemSites';
/** The local overview keeps the most recent sites only. */
const MAX_SITES = 200;

async function rememberProblemSite(site: SiteProblem): Promise<void> {
  const stored = ((await browser.storage.local.get(PROBLEM_SITES))[PROBLEM_SITES] ?? []) as SiteProblem[];
  const others = stored.filter((entry) => entry.host !== site.host);
  await browser.storage.local.set({ [PROBLEM_SITES]: [site, ...others].slice(0, MAX_SITES) });
}

/**
 * Stores a tab's state in storage.session (a sleeping worker keeps nothing in memory), sets
 * its badge, and adds the site to the local overview when something is wrong.
 */
export async function recordTab(tabId: number, { host, report }: ReportMessage): Promise<void> {
  const problems = report ? countProblems(report) : 0;
  const state: TabState = { host, verdict: report?.verdict ?? null, problems };
  await browser.storage.session.set({ [`tab:${tabId}`]: state });
  const badge = badgeFor(report);
  await browser.action.setBadgeText({ tabId, text: badge?.text ?? '' });
  if (badge) await browser.action.setBadgeBackgroundColor({ tabId, color: badge.color });
  if (report && problems > 0) await rememberProblemSite({ host, verdict: report.verdict, problems, lastSeen: report.scannedAt });
}
