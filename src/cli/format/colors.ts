import type { Verdict } from '../../core/types';
import { VERDICT_STYLE } from '../../shared-ui/verdict-style';

export interface Palette {
  verdict(verdict: Verdict, text: string): string;
  dim(text: string): string;
  bold(text: string): string;
}

const wrap = (code: string, text: string) => `\u001b[${code}m${text}\u001b[0m`;

const COLOURED: Palette = {
  verdict: (verdict, text) => wrap(VERDICT_STYLE[verdict].ansi, text),
  dim: (text) => wrap('2', text),
  bold: (text) => wrap('1', text),
};
const PLAIN: Palette = { verdict: (_, text) => text, dim: (text) => text, bold: (text) => text };

/** Colour only on a terminal, and never when NO_COLOR is set (no-color.org). */
export function paletteFor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): Palette {
  return stream.isTTY && !env.NO_COLOR ? COLOURED : PLAIN;
}
