import type { ProfileId, UiLang } from '../../core/types.js';

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

export type OutputFormat = 'text' | 'json' | 'md' | 'html';

/** The same options, checked and converted. */
export interface LiveSettings {
  format: OutputFormat;
  profile: ProfileId;
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
