/**
 * Firefox runs the background as an event page, which has a `window` and a
 * `document`; Chrome runs it as a service worker, which has neither. Code that
 * used them would work in Firefox and break in Chrome, and service-worker-only
 * globals would do the opposite. So every source file bundled into the
 * background (found by esbuild itself, not by guessing) uses neither.
 */
import { describe, expect, it } from 'vitest';
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** Page-only globals (absent in a service worker) and worker-only globals (absent in an event page). */
const FORBIDDEN = [
  'window',
  'document',
  'localStorage',
  'sessionStorage',
  'XMLHttpRequest',
  'importScripts',
  'clients',
  'skipWaiting',
  'ServiceWorkerGlobalScope',
];

/** Source text without comments and string or template literals (good enough for our own code). */
function codeOnly(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*|'(?:\\.|[^'\\\n])*'|"(?:\\.|[^"\\\n])*"|`(?:\\.|[^`\\])*`/g, (m) =>
    m.startsWith('/') ? ' ' : '""',
  );
}

/** Uses of `name` as a global: not a property (`x.name`), not part of a longer name, not an object key. */
function globalUses(code: string, names: readonly string[]): string[] {
  const pattern = new RegExp(`(?<![.\\w$])(${names.join('|')})(?![\\w$])(?!\\s*:)`, 'g');
  return [...code.matchAll(pattern)].map((m) => m[1] ?? '');
}

async function backgroundSources(): Promise<string[]> {
  const result = await build({
    entryPoints: [`${ROOT}src/background/index.ts`],
    bundle: true,
    write: false,
    metafile: true,
    format: 'iife',
    logLevel: 'silent',
    loader: { '.svg': 'text' },
    jsx: 'automatic',
    jsxImportSource: 'preact',
  });
  return Object.keys(result.metafile.inputs).filter((path) => path.startsWith('src/') && /\.(ts|tsx)$/.test(path));
}

describe('the background runs as a Chrome service worker and a Firefox event page alike', () => {
  it('the checks themselves find what they should', () => {
    expect(globalUses(codeOnly('window.open(x); const a = { window: 1 }; browser.windows.create(); // document.title'), FORBIDDEN)).toEqual([
      'window',
    ]);
    expect(globalUses(codeOnly("const s = 'document'; self.clients.claim(); localStorage.getItem('k');"), FORBIDDEN)).toEqual(['localStorage']);
  });

  it('bundles no source that touches page-only or worker-only globals', async () => {
    const inputs = await backgroundSources();
    expect(inputs).toContain('src/background/index.ts');
    expect(inputs.some((path) => path.startsWith('src/shared/'))).toBe(true);
    const offenders = inputs.flatMap((path) => {
      const uses = globalUses(codeOnly(readFileSync(`${ROOT}${path}`, 'utf8')), FORBIDDEN);
      return uses.length > 0 ? [`${path}: ${[...new Set(uses)].join(', ')}`] : [];
    });
    expect(offenders).toEqual([]);
  });
});
