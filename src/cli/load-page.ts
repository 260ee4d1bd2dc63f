import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { JSDOM, VirtualConsole } from 'jsdom';
import { InputError } from './input-error';
import { readStdin } from './read-stdin';

export const DEFAULT_MAX_MB = 20;

export interface LoadedPage {
  source: string;
  document: Document;
  url: string;
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

async function readInput(input: string, maxBytes: number, stdin: NodeJS.ReadableStream): Promise<Buffer> {
  if (input === '-') {
    try {
      return await readStdin(stdin, maxBytes);
    } catch {
      throw new InputError(`-: standard input is larger than ${megabytes(maxBytes)} (raise --max-mb)`);
    }
  }
  const info = await stat(input).catch(() => null);
  if (!info) throw new InputError(`${input}: no such file`);
  if (info.isDirectory()) throw new InputError(`${input}: is a directory, not an HTML file`);
  if (info.size > maxBytes) throw new InputError(`${input}: ${megabytes(info.size)} is larger than the ${megabytes(maxBytes)} limit (raise --max-mb)`);
  return readFile(input);
}

function checkLooksLikeHtml(input: string, bytes: Buffer): string {
  if (bytes.length === 0) throw new InputError(`${input}: empty file, nothing to audit`);
  if (bytes.subarray(0, 8192).includes(0)) throw new InputError(`${input}: binary file, not HTML`);
  const text = bytes.toString('utf8');
  if (!/<[a-z!]/i.test(text.slice(0, 65536))) throw new InputError(`${input}: no HTML markup found`);
  return text;
}

/** jsdom leaves `srcdoc` frames empty when it runs no scripts; a browser would fill them. */
function fillSrcdocFrames(document: Document, depth = 0): void {
  if (depth > 3) return;
  for (const frame of Array.from(document.querySelectorAll('iframe[srcdoc]')).slice(0, 50)) {
    const inner = (frame as HTMLIFrameElement).contentDocument;
    if (!inner) continue;
    const parsed = new JSDOM(frame.getAttribute('srcdoc') ?? '').window.document;
    inner.replaceChild(inner.importNode(parsed.documentElement, true), inner.documentElement);
    fillSrcdocFrames(inner, depth + 1);
  }
}

/** Parses a page as a browser would show it, without running its scripts or loading anything. */
export function parsePage(html: string, url: string): Document {
  const document = new JSDOM(html, { url, virtualConsole: new VirtualConsole() }).window.document;
  fillSrcdocFrames(document);
  return document;
}

// jsdom inserts each node through all its ancestors (recursively, in time and stack): markup nested
// thousands deep takes minutes or exhausts the stack. A browser's parser flattens anything past 512.
const MAX_NESTING = 2048;
const TAG = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][\w:-]*)[^>]*>/g;
// Elements that never hold others, or close themselves when the next one starts: not counted.
const NOT_NESTING = /^(area|base|br|col|embed|hr|img|input|link|meta|source|track|wbr|param|p|li|dt|dd|option|optgroup|tr|td|th|thead|tbody|tfoot|colgroup|caption|rp|rt|html|head|body)$/i;
const RAW_TEXT = /^(script|style|textarea|title|xmp|noembed|noframes)$/i;

/** How deep the markup's open tags nest at most, without parsing it: a cheap upper bound. */
function nestingDepth(html: string): number {
  let depth = 0;
  let deepest = 0;
  TAG.lastIndex = 0;
  for (let match = TAG.exec(html); match; match = TAG.exec(html)) {
    const [whole, closing, name] = match;
    if (!name || NOT_NESTING.test(name) || whole.endsWith('/>')) continue;
    if (!closing && RAW_TEXT.test(name)) {
      const end = html.toLowerCase().indexOf(`</${name.toLowerCase()}`, TAG.lastIndex);
      TAG.lastIndex = end < 0 ? html.length : end;
      continue;
    }
    depth = closing ? Math.max(0, depth - 1) : depth + 1;
    deepest = Math.max(deepest, depth);
  }
  return deepest;
}

function parseOrExplain(input: string, text: string, url: string): Document {
  const tooDeep = () => new InputError(`${input}: elements nested too deeply to parse; audit the page live instead`);
  if (nestingDepth(text) > MAX_NESTING) throw tooDeep();
  try {
    return parsePage(text, url);
  } catch (error) {
    throw error instanceof RangeError ? tooDeep() : error;
  }
}

/** Reads a file (or stdin) and parses it. */
export async function loadPage(input: string, maxMb = DEFAULT_MAX_MB, stdin: NodeJS.ReadableStream = process.stdin): Promise<LoadedPage> {
  const text = checkLooksLikeHtml(input, await readInput(input, maxMb * 1024 * 1024, stdin));
  const url = input === '-' ? 'about:blank' : pathToFileURL(resolve(input)).href;
  return { source: input === '-' ? 'stdin' : input, document: parseOrExplain(input, text, url), url };
}

