import { describe, expect, it } from 'vitest';
import { glossary } from '../../../src/knowledge/glossary';
import { compileMatcher, matcherFrom, precompileMatcher, type PrecompiledMatcher } from '../../../src/content/matcher';
import { GLOSSARY_PATTERN } from '../../../src/content/glossary-pattern';

/** The source of src/content/glossary-pattern.ts for a precompiled matcher. */
function render(pre: PrecompiledMatcher): string {
  const groups = Object.entries(pre.forms)
    .map(([word, list]) => `    ${JSON.stringify(word)}: ${JSON.stringify(list)},`)
    .join('\n');
  return `/**
 * GENERATED from src/knowledge/glossary.ts: do not edit. After changing the
 * glossary, regenerate with
 *   npx vitest run --config tests/vitest.config.ts --project unit tests/unit/content/glossary-pattern.test.ts -u
 * (until then that test fails). Pages use it as is, so none of them spends
 * time building the matcher. In keys, \\u0001 stands for any run of spaces or
 * hyphens and \\u0002 for any apostrophe.
 */
import type { PrecompiledMatcher } from './matcher';

export const GLOSSARY_PATTERN: PrecompiledMatcher = {
  formCount: ${pre.formCount},
  firstWords: ${JSON.stringify(pre.firstWords)},
  forms: {
${groups}
  },
};
`;
}

describe('the precompiled glossary pattern', () => {
  it('is generated from the current glossary (run this test with -u after changing the glossary)', async () => {
    await expect(render(precompileMatcher(glossary))).toMatchFileSnapshot('../../../src/content/glossary-pattern.ts');
  });

  it('matches exactly what compiling from the glossary matches', () => {
    const fresh = compileMatcher(glossary);
    const fromFile = matcherFrom(GLOSSARY_PATTERN);
    const text = glossary.flatMap((c) => c.forms.map((f) => `${f.toUpperCase()}, ${f}’s and ${f}s.`)).join(' ');
    expect(fromFile.find(text)).toEqual(fresh.find(text));
    expect(fromFile.formCount).toBe(fresh.formCount);
  });

  it('finds every form of every concept, as that concept (or the concept that lists it first)', () => {
    const matcher = matcherFrom(GLOSSARY_PATTERN);
    const firstOwner = new Map<string, string>();
    for (const concept of glossary) for (const form of concept.forms) if (!firstOwner.has(form)) firstOwner.set(form, concept.id);
    const missed = [...firstOwner].filter(([form, id]) => {
      const found = matcher.find(`(${form})`);
      return found.length !== 1 || found[0]?.id !== id || found[0]?.start !== 1 || found[0]?.end !== form.length + 1;
    });
    expect(missed).toEqual([]);
  });
});
