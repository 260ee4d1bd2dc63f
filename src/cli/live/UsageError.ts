/** Bad input: reported as one line on stderr with exit code 2, never as a stack trace. */
export class UsageError extends Error {
  override name = 'UsageError';
}
