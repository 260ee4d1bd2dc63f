/** Bad input or usage: printed as one line on stderr, exit code 2 (docs/report-format.md). */
export class InputError extends Error {
  override name = 'InputError';
}
