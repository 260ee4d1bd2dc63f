import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AUTO_PROFILE, PROFILES } from '../../src/core/types';

const root = new URL('../../', import.meta.url).pathname;
const messages = (lang: string) => JSON.parse(readFileSync(join(root, `extension/_locales/${lang}/messages.json`), 'utf8'));

function sources(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sources(join(dir, entry.name)) : [readFileSync(join(root, dir, entry.name), 'utf8')],
  );
}

describe('UI strings', () => {
  it('has every Dutch string in English and the other way round', () => {
    expect(Object.keys(messages('nl')).sort()).toEqual(Object.keys(messages('en')).sort());
  });

  it('has every key the code and pages ask for', () => {
    const code = [...sources('src/popup'), ...sources('src/options'), ...sources('src/shared-ui'), ...sources('src/content')];
    const pages = ['popup.html', 'options.html', 'welcome.html'].map((page) => readFileSync(join(root, 'extension', page), 'utf8'));
    const keys = [
      ...code.join('\n').matchAll(/\bt\('(\w+)'/g),
      ...pages.join('\n').matchAll(/data-i18n(?:-label)?="(\w+)"/g),
    ].map((match) => match[1]!);
    expect(keys.filter((key) => !(key in messages('en')))).toEqual([]);
  });

  it('has a string for every value the popup names through label()', () => {
    const values: Record<string, string[]> = {
      verdict: ['compliant', 'non-compliant', 'needs-review', 'no-marketing'],
      context: ['purchase', 'registration', 'newsletter', 'contact', 'survey', 'unknown'],
      status: ['met', 'not-met', 'unknown', 'not-applicable'],
      kind: ['opt-in', 'soft-opt-in', 'negative', 'bundled'],
      profile: [AUTO_PROFILE, ...PROFILES],
      means: ['locked-on', 'bundled', 'partner-on', 'partner-off', 'negative-on', 'negative-off', 'required', 'preset-on', 'off'],
    };
    values.tip = values.means!;
    const keys = Object.entries(values).flatMap(([group, list]) => list.map((value) => `${group}_${value.replace(/-/g, '_')}`));
    expect(keys.filter((key) => !(key in messages('en')))).toEqual([]);
  });

  it('has both plural forms of every counted message, as Intl.PluralRules names them', () => {
    const code = [...sources('src/popup'), ...sources('src/options'), ...sources('src/shared-ui')].join('\n');
    const counted = [...code.matchAll(/plural\(t, lang, '(\w+)'/g)].map((match) => match[1]!);
    expect(counted.length).toBeGreaterThan(5);
    for (const lang of ['en', 'nl']) {
      const missing = counted.flatMap((key) => [`${key}_one`, `${key}_other`]).filter((key) => !(key in messages(lang)));
      expect(missing, lang).toEqual([]);
    }
  });

  it('never puts page text into markup', () => {
    const code = ['src/popup', 'src/options', 'src/shared-ui', 'src/content', 'src/background'].flatMap(sources).join('\n');
    expect(code).not.toMatch(/innerHTML|outerHTML\s*=|insertAdjacentHTML|document\.write|\beval\(|new Function/);
  });
});
