import type { CliIo } from './cli-io';
import { SCHEMA } from '../core/types';
import { createInterface } from 'node:readline';
import { classifyText } from '../core/index';
import type { ClassifyOptions, FormContext } from '../core/types';
import { InputError } from './input-error';
import { parseTextProfile } from './profile-option';

const CONTEXTS: FormContext[] = ['purchase', 'registration', 'newsletter', 'contact', 'survey', 'unknown'];
const MAX_TEXT = 10_000;

export interface ClassifyFlags {
  lang?: string;
  checked?: boolean;
  context?: string;
  profile?: string;
  jsonl?: boolean;
}

function contextOf(value: unknown, where: string): FormContext | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string' && (CONTEXTS as string[]).includes(value)) return value as FormContext;
  throw new InputError(`${where}: unknown context ${JSON.stringify(value)} (use ${CONTEXTS.join(', ')})`);
}

function classifyLine(line: string, lineNumber: number): object {
  let request: { id?: unknown; text?: unknown; checked?: unknown; lang?: unknown; context?: unknown };
  try {
    request = JSON.parse(line);
  } catch {
    return { error: `line ${lineNumber}: not JSON` };
  }
  if (typeof request !== 'object' || request === null || Array.isArray(request)) return { error: `line ${lineNumber}: not a JSON object` };
  const { id } = request;
  if (typeof request.text !== 'string') return { id, error: `line ${lineNumber}: "text" must be a string` };
  if (request.checked !== undefined && typeof request.checked !== 'boolean') return { id, error: `line ${lineNumber}: "checked" must be true or false` };
  try {
    const options: ClassifyOptions = { checked: request.checked, lang: typeof request.lang === 'string' ? request.lang : undefined, context: contextOf(request.context, `line ${lineNumber}`) };
    const { schema, ...result } = classifyText(request.text.slice(0, MAX_TEXT), options);
    return id === undefined ? { schema, ...result, text: request.text } : { schema, id, ...result, text: request.text };
  } catch (error) {
    return { id, error: (error as Error).message };
  }
}

/** `classify --jsonl`: one answer a line, in order; a bad line gets its own error line. */
async function classifyJsonl(io: CliIo): Promise<number> {
  let lineNumber = 0;
  for await (const line of createInterface({ input: io.stdin, crlfDelay: Infinity })) {
    lineNumber++;
    if (!line.trim()) continue;
    const answer = classifyLine(line, lineNumber);
    const ordered = 'schema' in answer ? answer : { schema: SCHEMA, ...answer };
    io.stdout.write(`${JSON.stringify(ordered)}\n`);
  }
  return 0;
}

export async function runClassify(text: string | undefined, flags: ClassifyFlags, io: CliIo): Promise<number> {
  if (flags.jsonl) {
    if (text !== undefined) throw new InputError('classify --jsonl reads standard input; do not give a text as well');
    return classifyJsonl(io);
  }
  if (text === undefined || !text.trim()) throw new InputError('classify: give the label text, e.g. vinkje classify "Graag ontvang ik aanbiedingen"');
  const options = { checked: flags.checked ?? false, lang: flags.lang, context: contextOf(flags.context, '--context'), profile: parseTextProfile(flags.profile) };
  const result = classifyText(text.slice(0, MAX_TEXT), options);
  io.stdout.write(`${JSON.stringify({ ...result, text }, null, 2)}\n`);
  return 0;
}
