import { describe, expect, it } from 'vitest';
import { PROBE_LANGUAGES, readingsOf, readProbes, WORDING_CLASSES } from '../scripts/wording-classes';

// Everyday classes of checkbox wording (test/wording-classes/classes.json), each worded twice in
// every language by a writer who never saw the classifier: a class one language reads and
// another does not is a gap a shopper in that country would meet.
describe('every language reads every everyday class of checkbox wording', () => {
  it.each(PROBE_LANGUAGES)('%s has two probes of every class', (lang) => {
    const probes = readProbes(lang);
    const short = WORDING_CLASSES.filter(({ id }) => probes.filter((probe) => probe.class === id).length < 2).map(({ id }) => id);
    expect(short).toEqual([]);
  });

  it.each(PROBE_LANGUAGES)('%s: each probe reads as its class says (marketing or not, what a tick means, partners)', (lang) => {
    const wrong = readingsOf(readProbes(lang)).filter((reading) => !reading.right)
      .map(({ probe, got }) => `${probe.class}: got ${got.kind ?? 'none'}${got.thirdParty ? '+3P' : ''}: ${probe.text}`);
    expect(wrong).toEqual([]);
  });
});
