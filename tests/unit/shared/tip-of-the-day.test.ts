import { describe, expect, it } from 'vitest';
import { dailyOrder, localDayNumber, stepIndex, tipIndexFor } from '../../../src/shared/tip-of-the-day';

const tip = (id: string, category: string) => ({ id, category });

describe('localDayNumber', () => {
  it('is the same all local day and steps by one at local midnight', () => {
    const start = new Date(2026, 10, 28, 0, 0, 0, 0).getTime();
    const end = new Date(2026, 10, 28, 23, 59, 59, 999).getTime();
    const next = new Date(2026, 10, 29, 0, 0, 0, 0).getTime();
    expect(localDayNumber(start)).toBe(localDayNumber(end));
    expect(localDayNumber(next)).toBe(localDayNumber(start) + 1);
  });

  it('counts calendar days even across a 23- or 25-hour day', () => {
    // Whatever the machine's zone, consecutive calendar dates differ by exactly one.
    for (let month = 0; month < 12; month++) {
      const a = new Date(2026, month, 1, 12).getTime();
      const b = new Date(2026, month, 2, 12).getTime();
      expect(localDayNumber(b) - localDayNumber(a)).toBe(1);
    }
    expect(localDayNumber(new Date(1970, 0, 1, 12).getTime())).toBe(0);
  });
});

describe('tipIndexFor', () => {
  it('is deterministic by date and changes each day', () => {
    const day = (d: number) => new Date(2026, 10, d, 9).getTime();
    expect(tipIndexFor(10, day(28))).toBe(tipIndexFor(10, new Date(2026, 10, 28, 22).getTime()));
    const week = [22, 23, 24, 25, 26, 27, 28].map((d) => tipIndexFor(10, day(d)));
    expect(new Set(week).size).toBe(7);
    for (const i of week) expect(i >= 0 && i < 10).toBe(true);
  });

  it('is -1 with no tips and 0 with one', () => {
    expect(tipIndexFor(0, Date.now())).toBe(-1);
    expect(tipIndexFor(1, Date.now())).toBe(0);
  });
});

describe('stepIndex', () => {
  it('wraps both ways', () => {
    expect(stepIndex(0, -1, 5)).toBe(4);
    expect(stepIndex(4, 1, 5)).toBe(0);
    expect(stepIndex(2, 1, 5)).toBe(3);
    expect(stepIndex(2, -12, 5)).toBe(0);
    expect(stepIndex(0, 1, 0)).toBe(-1);
  });
});

describe('dailyOrder', () => {
  it('round-robins over categories, keeping each category in order', () => {
    const tips = [tip('a1', 'a'), tip('a2', 'a'), tip('a3', 'a'), tip('b1', 'b'), tip('c1', 'c'), tip('c2', 'c')];
    expect(dailyOrder(tips).map((t) => t.id)).toEqual(['a1', 'b1', 'c1', 'a2', 'c2', 'a3']);
  });

  it('keeps every tip exactly once', () => {
    const tips = Array.from({ length: 23 }, (_, i) => tip(`t${i}`, `c${i % 4}`));
    const order = dailyOrder(tips);
    expect(order).toHaveLength(23);
    expect(new Set(order.map((t) => t.id)).size).toBe(23);
  });

  it('handles no tips', () => {
    expect(dailyOrder([])).toEqual([]);
  });
});

describe('with the real tips', async () => {
  const { tips } = await import('../../../src/knowledge');
  const order = dailyOrder(tips);

  it('walks every tip once', () => {
    expect(order).toHaveLength(tips.length);
    expect(new Set(order.map((t) => t.id))).toEqual(new Set(tips.map((t) => t.id)));
  });

  it('gives a different tip, and mostly a different category, on each of 30 consecutive days', () => {
    const days = Array.from({ length: 30 }, (_, d) => order[tipIndexFor(order.length, new Date(2026, 10, 1 + d, 9).getTime())]!);
    for (let i = 1; i < days.length; i++) expect(days[i]!.id).not.toBe(days[i - 1]!.id);
    const sameCategoryNeighbours = days.filter((tip, i) => i > 0 && tip.category === days[i - 1]!.category).length;
    expect(sameCategoryNeighbours).toBeLessThanOrEqual(3);
  });
});
