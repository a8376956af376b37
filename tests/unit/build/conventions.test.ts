/**
 * Conventions the architecture relies on, checked over the source tree:
 * surfaces import only shared/, knowledge/ and themselves; the polyfill has
 * one door; no HTML sinks, no network, no remote or evaluated code.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const SRC = fileURLToPath(new URL('../../../src/', import.meta.url));
const DIST = fileURLToPath(new URL('../../../dist/', import.meta.url));

function files(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path, pattern) : pattern.test(name) ? [path] : [];
  });
}

const sources = files(SRC, /\.(ts|tsx)$/).map((path) => ({ path: relative(SRC, path), text: readFileSync(path, 'utf8') }));
const importsOf = (text: string): string[] => [...text.matchAll(/^\s*(?:import|export)\b[^'"]*?from\s+['"]([^'"]+)['"]|^\s*import\s+['"]([^'"]+)['"]/gm)].map((m) => m[1] ?? m[2] ?? '');

describe('source conventions', () => {
  it('finds the sources', () => {
    expect(sources.length).toBeGreaterThan(10);
  });

  it('keeps each surface to shared/, knowledge/ and itself', () => {
    // What each top-level folder may import besides itself.
    const allowed: Record<string, readonly string[]> = {
      background: ['shared', 'knowledge', '_locales'],
      content: ['shared', 'knowledge', '_locales'],
      popup: ['shared', 'knowledge', '_locales'],
      options: ['shared', 'knowledge', '_locales'],
      pages: ['shared', 'knowledge', '_locales'],
      shared: ['knowledge', '_locales'],
      knowledge: [],
    };
    const crossings: string[] = [];
    for (const { path, text } of sources) {
      const top = path.split('/')[0] ?? '';
      for (const spec of importsOf(text)) {
        if (!spec.startsWith('.')) continue;
        const target = relative(SRC, join(SRC, path, '..', spec)).split('/')[0] ?? '';
        if (target !== top && !(allowed[top] ?? []).includes(target)) crossings.push(`${path} imports ${spec}`);
      }
    }
    expect(crossings).toEqual([]);
  });

  it('imports webextension-polyfill only in src/shared/browser.ts', () => {
    const importers = sources.filter(({ text }) => importsOf(text).includes('webextension-polyfill')).map(({ path }) => path);
    expect(importers).toEqual(['shared/browser.ts']);
  });

  it('uses no HTML sinks, no network and no evaluated code', () => {
    const forbidden = [/\.innerHTML\s*=/, /\bouterHTML\s*=/, /insertAdjacentHTML/, /dangerouslySetInnerHTML/, /document\.write/, /\bfetch\s*\(/, /XMLHttpRequest/, /\bWebSocket\b/, /\beval\s*\(/, /new Function\s*\(/, /sendBeacon/];
    const hits = sources.flatMap(({ path, text }) => forbidden.filter((re) => re.test(text)).map((re) => `${path}: ${re.source}`));
    expect(hits).toEqual([]);
  });

  it('never calls chrome.* directly in shipped code (the polyfill is the one door)', () => {
    const hits = sources.filter(({ text }) => /\bchrome\.(runtime|storage|tabs|alarms|notifications|action|windows|idle)\b/.test(text)).map(({ path }) => path);
    expect(hits).toEqual([]);
  });
});

describe('built extension', () => {
  const built = ['chrome', 'firefox'].flatMap((browser) => files(join(DIST, browser), /\.(js|html|css)$/));

  it('loads no remote code or styles', () => {
    const remote = built.filter((path) => /<script[^>]+src=["']https?:|@import\s+url\(["']?https?:|<link[^>]+href=["']https?:/i.test(readFileSync(path, 'utf8')));
    expect(remote).toEqual([]);
  });

  it('ships the content script without webextension-polyfill (its start-up cost is paid on every page; see content/extension-api.ts)', () => {
    const POLYFILL_MARK = 'should only be loaded in a browser extension';
    for (const browser of ['chrome', 'firefox']) {
      expect(readFileSync(join(DIST, browser, 'background.js'), 'utf8')).toContain(POLYFILL_MARK);
      expect(readFileSync(join(DIST, browser, 'content.js'), 'utf8')).not.toContain(POLYFILL_MARK);
    }
  });

  it('asks V8 to compile the content script eagerly (its start-up path runs on every page; see compileEagerly in build.mjs)', () => {
    for (const browser of ['chrome', 'firefox']) {
      expect(readFileSync(join(DIST, browser, 'content.js'), 'utf8').startsWith('//# allFunctionsCalledOnLoad\n')).toBe(true);
    }
  });

  it('has no inline scripts in its pages (the default CSP forbids them)', () => {
    const inline = built.filter((path) => path.endsWith('.html') && /<script(?![^>]*\bsrc=)[^>]*>/i.test(readFileSync(path, 'utf8')));
    expect(inline).toEqual([]);
  });
});
