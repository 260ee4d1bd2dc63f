import type { Finding } from '../../core/types';
import { h } from '../h';
import type { Translate } from '../messages';
import { findingText, findingTitle } from './explain';

/** Findings with their short legal citations; nothing at all when there are none. */
export function renderFindings(doc: Document, findings: Finding[], t: Translate): HTMLElement | null {
  if (findings.length === 0) return null;
  const items = findings.map((finding) =>
    h(
      doc,
      'li',
      { class: `finding finding--${finding.severity}` },
      h(doc, 'strong', {}, findingTitle(finding, t)),
      ' ',
      findingText(finding, t),
      finding.legal.length > 0 && h(doc, 'span', { class: 'legal' }, `${t('legalLabel')}: ${finding.legal.join('; ')}`),
    ),
  );
  return h(doc, 'ul', { class: 'findings', 'aria-label': t('findingsHeading') }, ...items);
}
