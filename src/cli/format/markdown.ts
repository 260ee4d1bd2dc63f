import type { Report, UiLang } from '../../core/types';
import { reportToMarkdown } from '../../shared-ui/report-to-markdown';
import { localeTranslate } from './locale-messages';

export function formatMarkdown(reports: Report[], lang: UiLang): string {
  const t = localeTranslate(lang);
  return reports.map((report) => reportToMarkdown(report, t, lang)).join('\n\n---\n\n') + '\n';
}
