import { availableParallelism } from 'node:os';
import type { LiveOptions, LiveSettings } from './live-options.js';
import { parseMessageLang } from '../message-lang-option.js';
import { InputError } from '../input-error.js';
import { parseProfile } from '../profile-option.js';

import { FORMATS } from '../format/index.js';

function wholeNumber(name: string, value: string | number | undefined, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new InputError(`${name}: expected a whole number from ${min} to ${max}, got '${value}'`);
  }
  return n;
}

function oneOf<T extends string>(name: string, value: string | undefined, allowed: T[]): T {
  const chosen = value ?? allowed[0]!;
  if (!allowed.includes(chosen as T)) throw new InputError(`${name}: expected one of ${allowed.join(', ')}, got '${chosen}'`);
  return chosen as T;
}

export function parseShard(value: string | undefined): LiveSettings['shard'] {
  if (value === undefined) return undefined;
  const match = /^(\d+)\/(\d+)$/.exec(value.trim());
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index < 1 || index > count) {
    throw new InputError(`--shard: expected i/n with 1 <= i <= n (e.g. 2/8), got '${value}'`);
  }
  return { index, count };
}

function parseViewport(value: string | undefined): LiveSettings['viewport'] {
  const match = /^(\d{3,5})x(\d{3,5})$/.exec(value ?? '1280x800');
  if (!match) throw new InputError(`--viewport: expected WIDTHxHEIGHT such as 1280x800, got '${value}'`);
  return { width: Number(match[1]), height: Number(match[2]) };
}

function parseLocale(value: string | undefined): string {
  const locale = value ?? 'nl-NL';
  if (!/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(locale)) throw new InputError(`--locale: expected a language tag such as nl-NL, got '${locale}'`);
  return locale;
}

/** Checks every option and converts it; throws a InputError naming the option and the cause. */
export function parseLiveOptions(options: LiveOptions): LiveSettings {
  return {
    format: oneOf('--format', options.format, FORMATS),
    profile: parseProfile(options.profile),
    out: options.out,
    concurrency: wholeNumber('--concurrency', options.concurrency, availableParallelism(), 1, 64),
    timeoutMs: wholeNumber('--timeout', options.timeout, 30, 1, 3600) * 1000,
    retries: wholeNumber('--retries', options.retries, 2, 0, 10),
    delayMs: wholeNumber('--delay', options.delay, 1000, 0, 600_000),
    shard: parseShard(options.shard),
    allowFile: options.allowFile === true,
    screenshots: options.screenshots !== false,
    viewport: parseViewport(options.viewport),
    locale: parseLocale(options.locale),
    quietMaxMs: wholeNumber('--quiet', options.quiet, 10_000, 0, 120_000),
    browser: options.browser ?? options.chromium,
    lang: options.lang,
    messageLang: parseMessageLang(options.messages),
  };
}
