import type { StateProbes } from '../dom/control-state';
import type { NameCounts } from '../dom/selector';
import { newVisibilityCache } from '../dom/visibility';
import type { AuditOptions, FormContext, ProfileId } from '../types';

/** What one audit shares across its forms: options, host probes and per-audit caches. */
export interface ScanEnvironment extends StateProbes {
  profile: ProfileId;
  lang?: string;
  url: string;
  page: Document;
  nameCounts: NameCounts;
}

/** The same, plus what the form around a control tells about it. */
export interface ControlEnvironment extends ScanEnvironment {
  context: FormContext;
  unsubscribeAnnounced: boolean;
}

/** The page's declared language (ISO 639-1), the option first. */
export function declaredLanguage(page: Document, options: AuditOptions): string | undefined {
  return (options.lang ?? page.documentElement?.getAttribute('lang') ?? '').slice(0, 2).toLowerCase() || undefined;
}

/** A fresh environment for one scan of `page` with `options`. */
export function scanEnvironment(page: Document, options: AuditOptions): ScanEnvironment {
  return {
    profile: options.profile ?? 'nl',
    lang: declaredLanguage(page, options),
    url: options.url ?? page.URL ?? '',
    page,
    layout: options.layout,
    changedByUser: options.changedByUser,
    visibilityCache: newVisibilityCache(),
    nameCounts: new Map(),
  };
}
