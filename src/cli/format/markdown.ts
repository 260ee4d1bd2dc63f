import type { Report, UiLang } from '../../core/types';
import { reportToMarkdown } from '../../shared-ui/render/report-to-markdown';
import { cliTranslate } from './locale-messages';

export function formatMarkdown(reports: Report[], lang: UiLang): string {
  const t = cliTranslate(lang);
  return reports.map((report) => reportToMarkdown(report, t, lang)).join('\n\n---\n\n') + '\n';
}
