import { describe, expect, it } from 'vitest';
import { sameTerm } from '../../../src/content/hover';
import type { DrawnTerm } from '../../../src/content/highlighter';

const nodeA = { name: 'a' } as unknown as Text;
const nodeB = { name: 'b' } as unknown as Text;
function term(id: string, start: Text, startOffset: number, end: Text, endOffset: number): DrawnTerm {
  return { id, range: { startContainer: start, startOffset, endContainer: end, endOffset, collapsed: false } as StaticRange };
}

describe('the same term under the pointer', () => {
  it('is the same occurrence drawn again with a new range (its block was read again)', () => {
    expect(sameTerm(term('sciatica', nodeA, 4, nodeA, 12), term('sciatica', nodeA, 4, nodeA, 12))).toBe(true);
  });

  it('is not another occurrence, another term at the same place, or nothing', () => {
    const shown = term('sciatica', nodeA, 4, nodeA, 12);
    expect(sameTerm(shown, term('sciatica', nodeA, 20, nodeA, 28))).toBe(false);
    expect(sameTerm(shown, term('sciatica', nodeB, 4, nodeB, 12))).toBe(false);
    expect(sameTerm(shown, term('sciatic-nerve', nodeA, 4, nodeA, 12))).toBe(false);
    expect(sameTerm(shown, term('sciatica', nodeA, 4, nodeB, 3))).toBe(false);
    expect(sameTerm(shown, null)).toBe(false);
    expect(sameTerm(null, null)).toBe(false);
  });
});
