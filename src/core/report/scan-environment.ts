import type { StateProbes } from '../dom/control-state';
import type { NameCounts } from '../dom/selector';
import type { FormSurroundings } from '../rules/rule';
import { chooseProfile } from '../context/shop-country';
import type { AuditOptions, ProfileId, ProfileReason } from '../types';
import { newVisibilityCache } from '../dom/visibility';
import type { ReadingMemo } from './reading-memo';
import { newReadingMemo } from './reading-memo';

/** What one audit shares across its forms: options, host probes and per-audit caches. */
export interface ScanEnvironment extends StateProbes {
  profile: ProfileId;
  /** Why this profile: chosen by the person, or read from the shop's country. */
  profileReason: ProfileReason;
  lang?: string;
  url: string;
  page: Document;
  nameCounts: NameCounts;
  memo: ReadingMemo;
}

/** The same, plus what the form around a control tells about it. */
export interface ControlEnvironment extends ScanEnvironment {
  surroundings: FormSurroundings;
}

/** The page's declared language (ISO 639-1), the option first. */
export function declaredLanguage(page: Document, options: AuditOptions): string | undefined {
  return (options.lang ?? page.documentElement?.getAttribute('lang') ?? '').slice(0, 2).toLowerCase() || undefined;
}

/**
 * A fresh environment for one scan of `page` with `options`. The profile is chosen (or read from
 * the shop's country) once; a rescan passes the one its report was judged by, and the readings
 * its scan remembered.
 */
export function scanEnvironment(page: Document, options: AuditOptions, judgedBy?: { profile: ProfileId; reason: ProfileReason }, memo = newReadingMemo()): ScanEnvironment {
  const url = options.url ?? page.URL ?? '';
  const { profile, reason } = judgedBy ?? chooseProfile(page, url, options.profile);
  return {
    profile,
    profileReason: reason,
    lang: declaredLanguage(page, options),
    url,
    page,
    layout: options.layout,
    changedByUser: options.changedByUser,
    visibilityCache: newVisibilityCache(),
    nameCounts: new Map(),
    memo,
  };
}
