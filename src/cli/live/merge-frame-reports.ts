import type { FormReport, Report } from '../../core/types.js';
import { worstVerdict } from '../../core/index.js';

/** A frame's own report and the selector of its iframe element from the top document ('' for the top). */
export interface FrameReport {
  prefix: string;
  report: Report;
}

export const prefixSelector = (prefix: string, selector: string): string => (prefix ? `${prefix} >>> ${selector}` : selector);

function prefixForm(form: FormReport, prefix: string): FormReport {
  if (!prefix) return form;
  return {
    ...form,
    selector: prefixSelector(prefix, form.selector),
    controls: form.controls.map((control) => ({
      ...control,
      selector: prefixSelector(prefix, control.selector),
      off: control.off && { ...control.off, selector: prefixSelector(prefix, control.off.selector) },
    })),
    findings: form.findings.map((finding) => (finding.control ? { ...finding, control: prefixSelector(prefix, finding.control) } : finding)),
  };
}

/** One contract report for a page: the top document's, plus every frame's forms under `iframe >>> …` selectors. */
export function mergeFrameReports([top, ...frames]: [FrameReport, ...FrameReport[]]): Report {
  const forms = [top, ...frames].flatMap((part) => part.report.forms.map((form) => prefixForm(form, part.prefix)));
  const truncated = [top, ...frames].flatMap((part) => part.report.truncated ?? []);
  return { ...top.report, verdict: worstVerdict(forms.map((form) => form.verdict)), forms, truncated: [...new Set(truncated)] };
}
