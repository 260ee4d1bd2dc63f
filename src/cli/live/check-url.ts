import { InputError } from '../input-error.js';

/** Parses a URL the auditor may open; `where` names the input in the one-line error. */
export function checkUrl(text: string, allowFile: boolean, where: string = text): string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new InputError(`${where}: not a URL (expected http:// or https://)`);
  }
  const scheme = url.protocol;
  if (scheme === 'http:' || scheme === 'https:') return url.href;
  if (scheme === 'file:' && allowFile) return url.href;
  const hint = scheme === 'file:' ? ' (file: URLs need --allow-file)' : ' (only http: and https: are audited)';
  throw new InputError(`${where}: refused ${scheme} URL${hint}`);
}
