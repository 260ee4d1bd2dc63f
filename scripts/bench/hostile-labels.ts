import { classifyText } from '../../src/core/index';
import { LANGUAGES } from '../../src/core/lexicons/index';
import { medianRun } from './median-run';

// Labels built to be slow: the most the classifier reads (1 200 characters) of one word or
// phrase repeated, without a full stop, so every pattern that may start at each word does; weak
// words ("e-mails", "coupon") too, whose every sentence is also searched for a receiving verb.
export const HOSTILE_SHAPES = ['e-mail ', 'e-mails ', 'mails ', 'coupon ', 'newsletter ', 'partners ', 'nieuwsbrief niet ', 'ne pas ', 'no, ', 'x-'];
const LENGTH = 1200;

export interface HostileLabelFigure {
  shape: string;
  lang: string;
  /** Milliseconds to classify it: the slowest shape and language. */
  ms: number;
}

export function slowestHostileLabel(): HostileLabelFigure {
  const figures = HOSTILE_SHAPES.flatMap((shape) => {
    const label = shape.repeat(Math.ceil(LENGTH / shape.length)).slice(0, LENGTH);
    return LANGUAGES.map((lang) => ({ shape, lang, ms: medianRun(() => classifyText(label, { lang }), 3, 20) }));
  });
  return figures.sort((a, b) => b.ms - a.ms)[0]!;
}
