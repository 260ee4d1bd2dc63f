import type { ControlReport, Report } from '../../src/core/types';

const base: Omit<ControlReport, 'selector' | 'label'> = {
  type: 'checkbox',
  widget: 'input',
  checked: false,
  disabled: false,
  required: false,
  hidden: false,
  marketing: true,
  kind: 'opt-in',
  thirdParty: false,
  bundled: false,
  channels: ['email'],
  lang: 'nl',
  confidence: 0.9,
  evidence: [],
  marketingOnByDefault: false,
  verdict: 'compliant',
  findings: [],
  off: null,
};

/** A Dutch checkout as the engine reports it: a pre-ticked partner box, a pre-ticked own box, terms. */
export function sampleReport(): Report {
  return {
    schema: 'vinkje/1',
    source: 'http://127.0.0.1:8080/checkout.html',
    scannedAt: '2026-11-28T12:00:00.000Z',
    profile: 'nl',
    lang: 'nl',
    tool: { name: 'vinkje', version: '0.1.0', ruleset: '2026.11.1' },
    verdict: 'non-compliant',
    truncated: [],
    forms: [
      {
        selector: 'form#checkout',
        context: 'purchase',
        contextEvidence: ['Bestelling plaatsen', '€ 49,95'],
        verdict: 'non-compliant',
        controls: [
          {
            ...base,
            selector: '#partners',
            label: 'Ja, ik wil aanbiedingen van <b>partners</b> ontvangen',
            checked: true,
            kind: 'soft-opt-in',
            thirdParty: true,
            marketingOnByDefault: true,
            verdict: 'non-compliant',
            findings: ['third-party-soft-opt-in'],
            off: { selector: '#partners', set: 'unchecked' },
          },
          {
            ...base,
            selector: '#newsletter',
            label: 'Stuur mij de nieuwsbrief met aanbiedingen',
            checked: true,
            kind: 'soft-opt-in',
            marketingOnByDefault: true,
            findings: ['soft-opt-in-unverifiable'],
            off: { selector: '#newsletter', set: 'unchecked' },
          },
          {
            ...base,
            selector: '#terms',
            label: 'Ik ga akkoord met de algemene voorwaarden',
            marketing: false,
            kind: null,
            channels: [],
            required: true,
          },
        ],
        requirements: {
          customerRelation: { status: 'met', evidence: 'button “Bestelling plaatsen”' },
          ownProducts: { status: 'not-met', evidence: '“aanbiedingen van partners”' },
          relatedProducts: { status: 'unknown', evidence: '' },
          priorNotice: { status: 'met', evidence: '“Stuur mij de nieuwsbrief met aanbiedingen”' },
          objection: { status: 'met', evidence: '“Stuur mij de nieuwsbrief met aanbiedingen”' },
          unsubscribeNotice: { status: 'unknown', evidence: '' },
        },
        findings: [
          {
            rule: 'third-party-soft-opt-in',
            severity: 'violation',
            control: '#partners',
            title: 'Reclame van partners staat vooraf aan',
            message: 'Voor reclame van derden is toestemming nodig; een vooraf aangevinkt vakje is geen toestemming.',
            legal: ['Tw 11.7 lid 1', 'AVG overw. 32', 'HvJ C-673/17'],
          },
          {
            rule: 'soft-opt-in-unverifiable',
            severity: 'info',
            control: '#newsletter',
            title: 'Soft opt-in: niet alles is op het formulier te zien',
            message: 'Of het om soortgelijke producten gaat en of elke mail een afmeldlink heeft, is op het formulier niet te zien.',
            legal: ['Tw 11.7 lid 3', 'ePrivacy art. 13(2)'],
          },
        ],
      },
    ],
  };
}
