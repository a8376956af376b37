/**
 * No machine-garbled phrase from the seed article reaches anything a user
 * sees: every text file of both built extensions is scanned.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findGarbledPhrases } from '../../garbled-phrases';

const DIST = fileURLToPath(new URL('../../../dist/', import.meta.url));

function textFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? textFiles(path) : /\.(js|html|css|json)$/.test(name) ? [path] : [];
  });
}

describe('built extension text', () => {
  const files = ['chrome', 'firefox'].flatMap((browser) => textFiles(join(DIST, browser)));

  it('has the knowledge base in it (so the scan scans something)', () => {
    const content = files.filter((f) => f.endsWith('content.js')).map((f) => readFileSync(f, 'utf8'));
    expect(content.length).toBe(2);
    expect(content.every((text) => /sciatica/i.test(text))).toBe(true);
  });

  it('contains no garbled phrase from the seed', () => {
    const hits = files.flatMap((file) => findGarbledPhrases(readFileSync(file, 'utf8')).map((phrase) => `${relative(DIST, file)}: ${phrase}`));
    expect(hits).toEqual([]);
  });
});
