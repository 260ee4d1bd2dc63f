import { auditDocument } from '../core/index';
import type { ProfileChoice, Report } from '../core/types';
import { loadPage } from './load-page';

export interface FileAuditOptions {
  profile: ProfileChoice;
  lang?: string;
  maxMb: number;
}

/** Audits one file or stdin; the page's own URL is not known, so the file name is the source. */
export async function auditFile(input: string, options: FileAuditOptions, stdin: NodeJS.ReadableStream): Promise<Report> {
  const page = await loadPage(input, options.maxMb, stdin);
  return auditDocument(page.document, {
    profile: options.profile,
    lang: options.lang,
    url: page.url,
    source: page.source,
  });
}
