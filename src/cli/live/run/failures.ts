import { errors } from 'playwright-core';

/** Why a page could not be audited: a stable reason id (http-404, timeout, redirect-loop…) and a sentence. */
export class JobFailure extends Error {
  override name = 'JobFailure';

  constructor(
    readonly reason: string,
    message: string,
  ) {
    super(message);
  }
}

const RETRYABLE = /^(timeout|network-error|connection-refused|page-crashed|http-5\d\d|http-429)$/;

/** Failures that another attempt may cure; a 404 or a redirect loop will not change in a minute. */
export const isRetryable = (failure: JobFailure): boolean => RETRYABLE.test(failure.reason);

const NET_REASONS: Record<string, string> = {
  ERR_TOO_MANY_REDIRECTS: 'redirect-loop',
  ERR_NAME_NOT_RESOLVED: 'dns',
  ERR_CONNECTION_REFUSED: 'connection-refused',
  ERR_ABORTED: 'aborted',
};

const firstLine = (text: string): string => text.split('\n')[0]!.replace(/^\w+\.\w+: /, '').trim();

/** Maps whatever a page run threw to a JobFailure with a stable reason. */
export function classifyFailure(error: unknown): JobFailure {
  if (error instanceof JobFailure) return error;
  const message = error instanceof Error ? error.message : String(error);
  const net = /net::(ERR_[A-Z_]+)/.exec(message)?.[1];
  if (net) return new JobFailure(NET_REASONS[net] ?? 'network-error', `${net}${net === 'ERR_TOO_MANY_REDIRECTS' ? ' (redirect loop)' : ''}`);
  if (error instanceof errors.TimeoutError) return new JobFailure('timeout', firstLine(message));
  if (/Download is starting/.test(message)) return new JobFailure('not-html', 'the URL starts a download instead of showing a page');
  if (/closed|crash/i.test(message)) return new JobFailure('page-closed', firstLine(message));
  return new JobFailure('error', firstLine(message));
}
