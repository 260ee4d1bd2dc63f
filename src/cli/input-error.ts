/** Bad input or usage: printed as one line on stderr, exit code 2 (contract.md). */
export class InputError extends Error {
  override name = 'InputError';
}
