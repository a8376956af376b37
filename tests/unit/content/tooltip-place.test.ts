import { describe, expect, it } from 'vitest';
import { placeCard } from '../../../src/content/tooltip';

const viewport = { width: 1000, height: 800 };
const card = { width: 300, height: 150 };
const word = (top: number, left: number, width = 60, height = 20) => ({ top, bottom: top + height, left, right: left + width });

/** Whether two boxes overlap. */
function covers(place: { top: number; left: number; maxHeight?: number }, size: { width: number; height: number }, w: ReturnType<typeof word>): boolean {
  const height = place.maxHeight ?? size.height;
  return place.left < w.right && place.left + size.width > w.left && place.top < w.bottom && place.top + height > w.top;
}

describe('where the tooltip goes', () => {
  it('sits just below the word when there is room', () => {
    expect(placeCard(word(100, 50), card, viewport)).toEqual({ top: 126, left: 50, side: 'below' });
  });

  it('flips above the word near the bottom of the viewport, never covering it', () => {
    const place = placeCard(word(700, 50), card, viewport);
    expect(place.side).toBe('above');
    expect(place.top + card.height).toBeLessThanOrEqual(700);
  });

  it('stays inside the viewport at the right edge', () => {
    const place = placeCard(word(100, 950, 40), card, viewport);
    expect(place.left + card.width).toBeLessThanOrEqual(viewport.width - 8);
  });

  it('stays inside the viewport at the left edge', () => {
    expect(placeCard(word(100, -40), card, viewport).left).toBe(8);
  });

  it('goes beside the word in a short window where it fits neither above nor below', () => {
    const short = { width: 900, height: 320 };
    const tall = { width: 300, height: 200 };
    const w = word(157, 100, 70, 17);
    const place = placeCard(w, tall, short);
    expect(place.side).toBe('beside');
    expect(place.left).toBeGreaterThanOrEqual(w.right);
    expect(covers(place, tall, w)).toBe(false);
    expect(place.top).toBeGreaterThanOrEqual(8);
    expect(place.top + tall.height).toBeLessThanOrEqual(short.height - 8);
    // A word at the right edge gets the card on its left.
    const right = word(157, 800, 70, 17);
    const onLeft = placeCard(right, tall, short);
    expect(onLeft.side).toBe('beside');
    expect(onLeft.left + tall.width).toBeLessThanOrEqual(right.left);
  });

  it('scrolls in the larger space above or below when it fits nowhere whole (a tiny frame), still not over the word', () => {
    const frame = { width: 320, height: 170 };
    const tall = { width: 300, height: 260 };
    for (const top of [10, 60, 120]) {
      const w = word(top, 20, 60, 18);
      const place = placeCard(w, tall, frame);
      expect(place.maxHeight).toBeDefined();
      expect(covers(place, tall, w)).toBe(false);
      expect(place.top).toBeGreaterThanOrEqual(8);
      expect(place.top + (place.maxHeight ?? 0)).toBeLessThanOrEqual(frame.height - 8);
    }
  });

  it('never covers the word, wherever it is and whatever the sizes', () => {
    for (const vp of [viewport, { width: 900, height: 320 }, { width: 320, height: 170 }, { width: 600, height: 240 }]) {
      for (let top = 0; top < vp.height - 20; top += 13) {
        for (let left = 0; left < vp.width - 60; left += 37) {
          for (const size of [card, { width: 300, height: 200 }, { width: 200, height: 90 }]) {
            const w = word(top, left);
            const place = placeCard(w, size, vp);
            expect(covers(place, size, w), JSON.stringify({ vp, w, size, place })).toBe(false);
          }
        }
      }
    }
  });
});
