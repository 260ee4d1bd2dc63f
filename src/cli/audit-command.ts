import type { Report } from '../core/types';
import type { CliIo } from './cli-io';
import { auditFile } from './audit-files';
import { paletteFor } from './format/colors';
import type { Format } from './format/index';
import { FORMATS, formatReports } from './format/index';
import { InputError } from './input-error';
import { DEFAULT_MAX_MB } from './load-page';
import { parseMessageLang } from './message-lang-option';
import { parseProfile } from './profile-option';

export interface AuditFlags {
  format?: string;
  profile?: string;
  lang?: string;
  messages?: string;
  maxMb?: string;
  out?: string;
  urls?: string;
  flow?: string;
  [live: string]: unknown;
}

const isUrl = (input: string) => /^[a-z][a-z0-9+.-]*:\/\//i.test(input);

export function wantsBrowser(inputs: string[], flags: AuditFlags): boolean {
  return inputs.some(isUrl) || flags.urls !== undefined || flags.flow !== undefined;
}

function checkFormat(value: string | undefined): Format {
  const format = (value ?? 'text') as Format;
  if (!FORMATS.includes(format)) throw new InputError(`--format ${value}: unknown format (use ${FORMATS.join(', ')})`);
  return format;
}

/** `audit` for files and stdin, parsed with jsdom; exit 1 when any form is non-compliant. */
export async function runFileAudit(inputs: string[], flags: AuditFlags, io: CliIo): Promise<number> {
  if (!inputs.length) throw new InputError('audit: give one or more HTML files, - for standard input, or URLs');
  const format = checkFormat(flags.format);
  const lang = parseMessageLang(flags.messages, io.env);
  const maxMb = flags.maxMb === undefined ? DEFAULT_MAX_MB : Number(flags.maxMb);
  if (!(maxMb > 0)) throw new InputError(`--max-mb ${flags.maxMb}: give a positive number`);
  const options = { profile: parseProfile(flags.profile), lang: flags.lang, maxMb };
  const reports: Report[] = [];
  for (const input of inputs) reports.push(await auditFile(input, options, io.stdin));
  io.stdout.write(formatReports(reports, format, lang, paletteFor(io.stdout, io.env)));
  return reports.some((report) => report.verdict === 'non-compliant') ? 1 : 0;
}
