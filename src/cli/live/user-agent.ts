import { VERSION } from '../../core/version.js';

/** An honest user agent: the browser's own string, then who is visiting and why. */
export function userAgent(browserUserAgent?: string): string {
  const vinkje = `Vinkje/${VERSION} (marketing-consent auditor)`;
  return browserUserAgent ? `${browserUserAgent} ${vinkje}` : vinkje;
}
