import { describe, expect, it } from 'vitest';
import { placeCard } from '../../../src/content/tooltip';

const viewport = { width: 1000, height: 800 };
const card = { width: 300, height: 150 };

describe('where the tooltip goes', () => {
  it('sits just below the word when there is room', () => {
    expect(placeCard({ top: 100, bottom: 120, left: 50 }, card, viewport)).toEqual({ top: 126, left: 50, above: false });
  });

  it('flips above the word near the bottom of the viewport, never covering it', () => {
    const place = placeCard({ top: 700, bottom: 720, left: 50 }, card, viewport);
    expect(place.above).toBe(true);
    expect(place.top + card.height).toBeLessThanOrEqual(700);
  });

  it('stays inside the viewport at the right edge', () => {
    const place = placeCard({ top: 100, bottom: 120, left: 950 }, card, viewport);
    expect(place.left + card.width).toBeLessThanOrEqual(viewport.width - 8);
  });

  it('stays inside the viewport at the left edge', () => {
    expect(placeCard({ top: 100, bottom: 120, left: -40 }, card, viewport).left).toBe(8);
  });

  it('keeps inside the viewport when it fits neither above nor below', () => {
    const tall = { width: 300, height: 700 };
    const place = placeCard({ top: 300, bottom: 320, left: 10 }, tall, viewport);
    expect(place.top).toBeGreaterThanOrEqual(8);
    expect(place.top + tall.height).toBeLessThanOrEqual(viewport.height - 8);
  });
});
