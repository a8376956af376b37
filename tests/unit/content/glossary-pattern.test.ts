import { describe, expect, it } from 'vitest';
import { glossary } from '../../../src/knowledge/glossary';
import { compileMatcher, glossarySignature, precompileMatcher, type PrecompiledMatcher } from '../../../src/content/matcher';
import { GLOSSARY_PATTERN } from '../../../src/content/glossary-pattern';

/** The source of src/content/glossary-pattern.ts for a precompiled matcher. */
function render(pre: PrecompiledMatcher): string {
  const pairs = pre.lookup.map(([text, id]) => `    [${JSON.stringify(text)}, ${JSON.stringify(id)}],`).join('\n');
  return `/**
 * GENERATED from src/knowledge/glossary.ts: do not edit. After changing the
 * glossary, regenerate with
 *   npx vitest run --config tests/vitest.config.ts --project unit tests/unit/content/glossary-pattern.test.ts -u
 * A stale file is never used (its signature no longer matches the glossary):
 * pages then compile the pattern themselves, a few milliseconds slower.
 */
import type { PrecompiledMatcher } from './matcher';

export const GLOSSARY_PATTERN: PrecompiledMatcher = {
  signature: ${JSON.stringify(pre.signature)},
  formCount: ${pre.formCount},
  trie: ${JSON.stringify(pre.trie)},
  lookup: [
${pairs}
  ],
};
`;
}

describe('the precompiled glossary pattern', () => {
  it('is generated from the current glossary (run this test with -u after changing the glossary)', async () => {
    await expect(render(precompileMatcher(glossary))).toMatchFileSnapshot('../../../src/content/glossary-pattern.ts');
  });

  it('matches exactly what compiling at run time matches', () => {
    const fresh = compileMatcher(glossary);
    const fromFile = compileMatcher(glossary, GLOSSARY_PATTERN);
    const text = glossary.flatMap((c) => c.forms.map((f) => `${f.toUpperCase()}, ${f}’s and ${f}s.`)).join(' ');
    expect(fromFile.find(text)).toEqual(fresh.find(text));
    expect(fromFile.formCount).toBe(fresh.formCount);
  });

  it('is not used for other terms: the signature tells', () => {
    const other = [{ id: 'x', forms: ['spine'] }];
    expect(glossarySignature(other)).not.toBe(GLOSSARY_PATTERN.signature);
    expect(compileMatcher(other, GLOSSARY_PATTERN).find('sciatica and spine')).toEqual([{ start: 13, end: 18, id: 'x' }]);
  });

  it('has a signature that changes with any id or form', () => {
    const base = [{ id: 'a', forms: ['disc', 'discs'] }];
    const signatures = new Set([
      glossarySignature(base),
      glossarySignature([{ id: 'b', forms: ['disc', 'discs'] }]),
      glossarySignature([{ id: 'a', forms: ['disk', 'discs'] }]),
      glossarySignature([{ id: 'a', forms: ['discs', 'disc'] }]),
      glossarySignature([{ id: 'a', forms: ['disc', 'disc', 's'] }]),
      glossarySignature([{ id: 'a', forms: ['disc'] }]),
    ]);
    expect(signatures.size).toBe(6);
  });
});
