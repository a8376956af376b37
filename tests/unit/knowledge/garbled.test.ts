import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as knowledge from '../../../src/knowledge';
import { findGarbledPhrases, garbledPhrases } from '../../garbled-phrases';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

/** Every string reachable from a value: the knowledge base's user-visible text. */
function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (value !== null && typeof value === 'object') for (const v of Object.values(value)) strings(v, out);
  return out;
}

describe('garbled phrases', () => {
  it('were all taken from the seed article', () => {
    const seed = readFileSync(join(ROOT, '../shared/seed/back-stiffness-after-sleeping.txt'), 'utf8');
    // Compared one phrase at a time, so overlapping phrases ("zero - margin insurance") each count.
    const flat = (text: string): string => text.toLowerCase().replace(/[\s\-–]+/g, ' ');
    const missing = garbledPhrases.filter((p) => !flat(seed).includes(flat(p)));
    expect(missing).toEqual([]);
  });

  it('match whole words only, in any case and spacing', () => {
    expect(findGarbledPhrases('Back INCLEMENCY after Kip')).toEqual(['INCLEMENCY', 'after Kip']);
    expect(findGarbledPhrases('after log Z’s')).toEqual(['log Z']);
    expect(findGarbledPhrases('zero - margin policy')).toEqual(['zero - margin']);
    expect(findGarbledPhrases('medicolegal medicolegal')).toEqual([]);
    expect(findGarbledPhrases('a medico’s view')).toEqual(['medico']);
  });

  it('never appear in the knowledge base', () => {
    const hits = strings(Object.values(knowledge)).flatMap((text) => findGarbledPhrases(text).map((hit) => `${hit}: ${text}`));
    expect(hits).toEqual([]);
  });

  it('never appear in the article page', () => {
    const dir = join(ROOT, 'src/pages/article');
    const hits = readdirSync(dir).flatMap((file) => findGarbledPhrases(readFileSync(join(dir, file), 'utf8')).map((hit) => `${file}: ${hit}`));
    expect(hits).toEqual([]);
  });
});
