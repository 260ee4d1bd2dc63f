import type { Verdict } from '../core/types';

export interface VerdictStyle {
  /** Beside the colour, so a verdict never depends on seeing colour. */
  symbol: string;
  /** Outlines, the badge, markers and screenshots: strong enough on any page. */
  color: string;
  /** SGR colour code for terminals. */
  ansi: string;
  /** Text and background of a chip in the popup and reports, light and dark (WCAG AA). */
  light: { fg: string; bg: string };
  dark: { fg: string; bg: string };
}

/** The one table of how each verdict looks, everywhere Vinkje shows one. */
export const VERDICT_STYLE: Readonly<Record<Verdict, VerdictStyle>> = {
  'non-compliant': { symbol: '✕', color: '#c5221f', ansi: '31', light: { fg: '#b3261e', bg: '#fde7e6' }, dark: { fg: '#ffb4ab', bg: '#5c1a15' } },
  'needs-review': { symbol: '!', color: '#b06000', ansi: '33', light: { fg: '#8a4b00', bg: '#fff0d9' }, dark: { fg: '#ffcf8a', bg: '#4a2f00' } },
  compliant: { symbol: '✓', color: '#188038', ansi: '32', light: { fg: '#146c2e', bg: '#e3f4e6' }, dark: { fg: '#9cd9a8', bg: '#12391d' } },
  'no-marketing': { symbol: '–', color: '#5f6368', ansi: '90', light: { fg: '#4a4f57', bg: '#eceef1' }, dark: { fg: '#c9cdd4', bg: '#32353b' } },
};

const VERDICTS = Object.keys(VERDICT_STYLE) as Verdict[];

function variables(scheme: 'light' | 'dark'): string {
  return VERDICTS.map((verdict) => `--${verdict}: ${VERDICT_STYLE[verdict][scheme].fg}; --${verdict}-bg: ${VERDICT_STYLE[verdict][scheme].bg};`).join(' ');
}

/** `--non-compliant`, `--non-compliant-bg`, …: the CSS custom properties the popup, options and report styles use. */
export function verdictCss(): string {
  return `:root { ${variables('light')} }\n@media (prefers-color-scheme: dark) { :root { ${variables('dark')} } }\n`;
}

/** For the page overlay, compact as it ships: `.non-compliant{--c:#c5221f}`. */
export function verdictOutlineCss(): string {
  return VERDICTS.map((verdict) => `.${verdict}{--c:${VERDICT_STYLE[verdict].color}}`).join('\n');
}
