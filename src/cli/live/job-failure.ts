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
