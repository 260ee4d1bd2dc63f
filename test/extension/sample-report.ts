import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { auditDocument } from '../../src/core/index';
import type { AuditOptions, Report } from '../../src/core/types';

const PAGE = readFileSync(resolve('test/extension/sample-checkout.html'), 'utf8');

/** The engine's own report of a Dutch checkout: a pre-ticked partner box, a pre-ticked newsletter box, terms. */
export function sampleReport(options: AuditOptions = {}): Report {
  const { document } = new JSDOM(PAGE, { url: 'http://127.0.0.1:8080/checkout.html' }).window;
  return auditDocument(document, { scannedAt: new Date('2026-11-28T12:00:00.000Z'), toolVersion: '0.1.0', ...options });
}

export const SAMPLE_PAGE = PAGE;
