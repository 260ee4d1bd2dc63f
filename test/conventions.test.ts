import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderRulesMarkdown } from '../scripts/rules-markdown';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('the engine stays pure', () => {
  it.each(sources('src/core'))('%s touches no extension, Node, network or page globals', (file) => {
    const code = readFileSync(file, 'utf8');
    expect(code, 'extension APIs belong in src/content, src/background or src/popup').not.toMatch(/\b(chrome|browser)\.[a-z]+\./);
    expect(code, 'Node APIs belong in src/cli').not.toMatch(/from ['"]node:|require\(/);
    expect(code, 'the engine makes no requests').not.toMatch(/\bfetch\(|XMLHttpRequest|WebSocket|sendBeacon/);
    expect(code, 'reach the document through the element you were given').not.toMatch(/\b(window|document|navigator|location)\.[a-zA-Z]/);
  });
});

describe('page text never becomes HTML', () => {
  it.each(sources('src'))('%s uses no HTML sinks', (file) => {
    expect(readFileSync(file, 'utf8')).not.toMatch(/\.innerHTML\s*=|insertAdjacentHTML|document\.write\(|new Function\(|\beval\(/);
  });
});

it('docs/rules.md is generated from the rule files (run npm run docs)', () => {
  expect(readFileSync('docs/rules.md', 'utf8')).toBe(renderRulesMarkdown());
});
