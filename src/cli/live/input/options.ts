import { availableParallelism } from 'node:os';
import type { ProfileChoice, UiLang } from '../../../core/types.js';
import { FORMATS, type Format } from '../../format/index.js';
import { InputError } from '../../input-error.js';
import { parseMessageLang } from '../../message-lang-option.js';
import { parseProfile } from '../../profile-option.js';

export interface OptionFlag {
  flags: string;
  description: string;
  defaultValue?: string;
}

/** Options of `vinkje audit` for live pages; the CLI registers them, and their defaults are stated here only. */
export const liveOptionFlags: OptionFlag[] = [
  { flags: '--urls <file|sitemap-url>', description: 'audit every URL of a list file (one a line, # comments) or of a sitemap.xml' },
  { flags: '--flow <flow.json>', description: 'run steps (goto, click, fill, select, waitFor, scan) and scan at each scan step' },
  { flags: '--concurrency <n>', description: 'pages audited at the same time', defaultValue: String(availableParallelism()) },
  { flags: '--timeout <seconds>', description: 'time limit per page, navigation to evidence', defaultValue: '30' },
  { flags: '--retries <n>', description: 'retries of a page that timed out or failed on the network, with backoff', defaultValue: '2' },
  { flags: '--delay <ms>', description: 'politeness: least time between two page loads on the same host', defaultValue: '1000' },
  { flags: '--shard <i/n>', description: 'audit only the i-th of n parts of the list (split a large list across machines)' },
  { flags: '--quiet <ms>', description: 'longest wait for a page to be quiet (network idle, no DOM changes, no pending timers)', defaultValue: '10000' },
  { flags: '--viewport <WxH>', description: 'browser window size', defaultValue: '1280x800' },
  { flags: '--locale <tag>', description: 'browser language (Accept-Language, navigator.language)', defaultValue: 'nl-NL' },
  { flags: '--browser <path|name>', description: 'the browser to drive: a path, or chrome, chromium, edge, brave (default: $VINKJE_BROWSER, else the first installed)' },
  { flags: '--chromium <path>', description: 'the same as --browser (its older name)' },
  { flags: '--no-screenshots', description: 'with --out: skip the annotated screenshots and close-ups' },
  { flags: '--allow-file', description: 'also accept file: URLs (off: only http and https)' },
];

/** The options of `vinkje audit` that concern live pages, as commander hands them over (strings). */
export interface LiveOptions {
  format?: string;
  profile?: string;
  out?: string;
  urls?: string;
  concurrency?: string | number;
  flow?: string;
  timeout?: string | number;
  retries?: string | number;
  delay?: string | number;
  shard?: string;
  allowFile?: boolean;
  screenshots?: boolean;
  viewport?: string;
  locale?: string;
  quiet?: string | number;
  browser?: string;
  chromium?: string;
  /** Language hint for the page wording (the audit command's --lang). */
  lang?: string;
  /** Language of explanations: nl or en (the audit command's --messages). */
  messages?: string;
}

/** The same options, checked and converted. */
export interface LiveSettings {
  format: Format;
  profile: ProfileChoice;
  out: string | undefined;
  concurrency: number;
  timeoutMs: number;
  retries: number;
  delayMs: number;
  shard: { index: number; count: number } | undefined;
  allowFile: boolean;
  screenshots: boolean;
  viewport: { width: number; height: number };
  locale: string;
  quietMaxMs: number;
  /** --browser as given (a path or a name); found in startBrowser. */
  browser: string | undefined;
  lang: string | undefined;
  messageLang: UiLang;
}

type Defaulted = 'concurrency' | 'timeout' | 'retries' | 'delay' | 'quiet' | 'viewport' | 'locale';

// runLiveAudit is also called without commander (tests, bench), so unset options fall back on the declared defaults.
const given = (options: LiveOptions, name: Defaulted): string =>
  String(options[name] ?? liveOptionFlags.find((flag) => flag.flags.startsWith(`--${name} `))!.defaultValue);

function wholeNumber(options: LiveOptions, name: Defaulted, min: number, max: number): number {
  const value = given(options, name);
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new InputError(`--${name}: expected a whole number from ${min} to ${max}, got '${value}'`);
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

function parseViewport(value: string): LiveSettings['viewport'] {
  const match = /^(\d{3,5})x(\d{3,5})$/.exec(value);
  if (!match) throw new InputError(`--viewport: expected WIDTHxHEIGHT such as 1280x800, got '${value}'`);
  return { width: Number(match[1]), height: Number(match[2]) };
}

function parseLocale(locale: string): string {
  if (!/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(locale)) throw new InputError(`--locale: expected a language tag such as nl-NL, got '${locale}'`);
  return locale;
}

/** Checks every option and converts it; throws an InputError naming the option and the cause. */
export function parseLiveOptions(options: LiveOptions): LiveSettings {
  return {
    format: oneOf('--format', options.format, FORMATS),
    profile: parseProfile(options.profile),
    out: options.out,
    concurrency: wholeNumber(options, 'concurrency', 1, 64),
    timeoutMs: wholeNumber(options, 'timeout', 1, 3600) * 1000,
    retries: wholeNumber(options, 'retries', 0, 10),
    delayMs: wholeNumber(options, 'delay', 0, 600_000),
    shard: parseShard(options.shard),
    allowFile: options.allowFile === true,
    screenshots: options.screenshots !== false,
    viewport: parseViewport(given(options, 'viewport')),
    locale: parseLocale(given(options, 'locale')),
    quietMaxMs: wholeNumber(options, 'quiet', 0, 120_000),
    browser: options.browser ?? options.chromium,
    lang: options.lang,
    messageLang: parseMessageLang(options.messages),
  };
}
