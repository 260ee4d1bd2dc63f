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

/** jsdom inserts nodes recursively: elements nested some ten thousand deep exhaust the stack (a browser flattens them past 512). */
function parseOrExplain(input: string, text: string, url: string): Document {
  try {
    return parsePage(text, url);
  } catch (error) {
    if (error instanceof RangeError) throw new InputError(`${input}: elements nested too deeply to parse; audit the page live instead`);
    throw error;
  }
}

/** Reads a file (or stdin) and parses it. */
export async function loadPage(input: string, maxMb = DEFAULT_MAX_MB, stdin: NodeJS.ReadableStream = process.stdin): Promise<LoadedPage> {
  const text = checkLooksLikeHtml(input, await readInput(input, maxMb * 1024 * 1024, stdin));
  const url = input === '-' ? 'about:blank' : pathToFileURL(resolve(input)).href;
  return { source: input === '-' ? 'stdin' : input, document: parseOrExplain(input, text, url), url };
}

