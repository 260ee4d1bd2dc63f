import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderRulesMarkdown } from '../scripts/rules-markdown';
import { ALL_LEXICONS } from '../src/core/lexicons/index';
import { VERDICT_STYLE } from '../src/shared-ui/verdict-style';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** The files whose code matches `pattern`, for a message that lists them all. */
const offending = (files: string[], pattern: RegExp) => files.filter((file) => pattern.test(readFileSync(file, 'utf8')));

describe('the engine stays pure (src/core)', () => {
  const engine = sources('src/core');
  it('uses no extension API: those belong in src/content, src/background or src/popup', () => {
    expect(offending(engine, /\b(chrome|browser)\.[a-z]+\./)).toEqual([]);
  });
  it('uses no Node API: that belongs in src/cli', () => {
    expect(offending(engine, /from ['"]node:|require\(/)).toEqual([]);
  });
  it('makes no requests', () => {
    expect(offending(engine, /\bfetch\(|XMLHttpRequest|WebSocket|sendBeacon/)).toEqual([]);
  });
  it('reaches the document only through the element it was given, never a page global', () => {
    expect(offending(engine, /\b(window|document|navigator|location)\.[a-zA-Z]/)).toEqual([]);
  });
});

it('no source turns text into HTML (innerHTML, insertAdjacentHTML, document.write, eval)', () => {
  expect(offending(sources('src'), /\.innerHTML\s*=|insertAdjacentHTML|document\.write\(|new Function\(|\beval\(/)).toEqual([]);
});

it('docs/rules.md is generated from the rule files (run npm run docs)', () => {
  expect(readFileSync('docs/rules.md', 'utf8')).toBe(renderRulesMarkdown());
});

describe('all language knowledge lives in the lexicons', () => {
  // Markup and ARIA vocabulary is not wording: `aria-checked="true"`, `type=email`, `[role=switch]`,
  // and the `cookie` in a consent dialog's class (`CybotCookiebotDialog`).
  const MARKUP = new Set(['aria', 'button', 'canonical', 'checkbox', 'content', 'cookie', 'email', 'false', 'form', 'group', 'hidden', 'href', 'html', 'input', 'label', 'legend', 'link', 'meta', 'name', 'option', 'password', 'radio', 'role', 'select', 'submit', 'switch', 'text', 'true', 'type', 'value']);
  const lexiconWords = new Set<string>();
  const collect = (value: unknown): void => {
    if (typeof value === 'string') for (const word of value.replace(/\\[a-z]/g, ' ').match(/\p{L}{3,}/gu) ?? []) lexiconWords.add(word);
    else if (value && typeof value === 'object') Object.values(value).forEach(collect);
  };
  for (const { lang: _code, ...lexicon } of ALL_LEXICONS) collect(lexicon);

  /** Regular expressions and phrases (string literals with a space that are no CSS selector). */
  function wordingLiterals(code: string): string[] {
    const stripped = code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '').replace(/^import .*$/gm, '');
    const literals = stripped.match(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`|(?<=[(=,:!&|?]\s*)\/(?:[^/\\\n]|\\.)+\/[gimsuy]*/g) ?? [];
    return literals.filter((literal) => literal.startsWith('/') || (/\s/.test(literal) && !/[[#.,:=>]/.test(literal.slice(1, -1))));
  }

  it('no engine file outside src/core/lexicons holds a word of any lexicon language', () => {
    const offenders = sources('src/core').filter((file) => !file.includes('/lexicons/')).flatMap((file) => {
      const words = wordingLiterals(readFileSync(file, 'utf8')).flatMap((literal) => literal.toLowerCase().match(/\p{L}{3,}/gu) ?? []);
      const found = [...new Set(words.filter((word) => lexiconWords.has(word) && !MARKUP.has(word)))];
      return found.length ? [`${file}: ${found.join(', ')}`] : [];
    });
    expect(offenders, 'move these words into a lexicon category (src/core/lexicons/<lang>.ts) and read them from there').toEqual([]);
  });
});

it('cites no file outside the repository: the specs live in docs/', () => {
  const texts = (dir: string): string[] => readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? texts(path) : /\.(ts|mjs|cjs|json|md|html)$/.test(name) ? [path] : [];
  });
  const files = [...texts('src'), ...texts('test'), ...texts('scripts'), ...texts('docs'), 'README.md'];
  const offenders = files.filter((file) => /\.\.\/shared\/|\/work\/shared|(?<![\w/-])(contract|domain|law-research)\.md/.test(readFileSync(file, 'utf8')));
  expect(offenders, 'point at docs/decisions.md or docs/report-format.md instead').toEqual([]);
});

describe('every table has one home, imported everywhere else', () => {
  const everything = sources('src');
  const homes: [string, RegExp, string][] = [
    ['the schema string', /['"]vinkje\/1['"]/, 'src/core/types.ts'],
    ['verdict colours', new RegExp(Object.values(VERDICT_STYLE).map((style) => style.color).join('|'), 'i'), 'src/shared-ui/verdict-style.ts'],
    ['verdict symbols', /'non-compliant':\s*\{?\s*(symbol:\s*)?'[^'#\d]{1,2}'/, 'src/shared-ui/verdict-style.ts'],
    ['the requirement order', /\[\s*'customerRelation',/, 'src/shared-ui/requirement-order.ts'],
    ['the profile list', /=\s*\[\s*'nl',\s*'eu-consent',/, 'src/core/types.ts'],
    ['the output formats', /\[\s*'text',\s*'json'/, 'nowhere (src/cli/format/index.ts derives them from its FORMATTERS table)'],
  ];
  it.each(homes)('%s is written only in %s', (_, pattern, home) => {
    expect(offending(everything, pattern).filter((file) => file !== home)).toEqual([]);
  });
  it('the CLI renders through src/shared-ui and never imports the popup', () => {
    expect(offending(sources('src/cli'), /from ['"][./]*\/popup\//)).toEqual([]);
  });
});
