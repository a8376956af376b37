/**
 * The popup's list adds the terms of a tab's embedded frames to the page's
 * (frame-terms.ts): counts of one concept are summed, most frequent first,
 * ties in a stable order.
 */
import { describe, expect, it } from 'vitest';
import { withFrameTerms } from '../../../src/popup/frame-terms';

describe("the page's terms with its frames'", () => {
  it('sums counts of the same concept across the page and its frames, most frequent first', () => {
    const page = [
      { id: 'sciatica', count: 2 },
      { id: 'scoliosis', count: 1 },
    ];
    const frames = [
      { terms: [{ id: 'scoliosis', count: 3 }], complete: true },
      { terms: [{ id: 'ibuprofen', count: 1 }, { id: 'sciatica', count: 1 }], complete: false },
    ];
    expect(withFrameTerms(page, frames)).toEqual([
      { id: 'scoliosis', count: 4 },
      { id: 'sciatica', count: 3 },
      { id: 'ibuprofen', count: 1 },
    ]);
  });

  it('keeps the page alone when no frame reported, and orders ties by id', () => {
    expect(withFrameTerms([{ id: 'b', count: 1 }, { id: 'a', count: 1 }], [])).toEqual([
      { id: 'a', count: 1 },
      { id: 'b', count: 1 },
    ]);
    expect(withFrameTerms([], [{ terms: [], complete: true }])).toEqual([]);
  });
});
