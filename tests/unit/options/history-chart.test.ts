import { describe, expect, it } from 'vitest';
import { CHART_BOX, chartGeometry, historySummary, type ChartDay } from '../../../src/options/history-chart';

const day = (i: number, completed: number, minutesStretched = completed * 3): ChartDay => ({
  day: `2026-11-${String(i + 1).padStart(2, '0')}`,
  completed,
  minutesStretched,
});

describe('chartGeometry', () => {
  const days = [day(0, 0), day(1, 2), day(2, 4), day(3, 6)];
  const { bars, goalY, baseY, scaleMax } = chartGeometry(days, 4);

  it('draws one bar per day, left to right, inside the box', () => {
    expect(bars).toHaveLength(4);
    for (let i = 1; i < bars.length; i++) expect(bars[i]!.x).toBeGreaterThan(bars[i - 1]!.x);
    for (const bar of bars) {
      expect(bar.x).toBeGreaterThanOrEqual(CHART_BOX.left);
      expect(bar.x + bar.width).toBeLessThanOrEqual(CHART_BOX.width);
      expect(bar.y).toBeGreaterThanOrEqual(CHART_BOX.top);
      expect(bar.y + bar.height).toBeCloseTo(baseY);
    }
  });

  it('makes bar height proportional to breaks, zero for none', () => {
    expect(bars[0]!.height).toBe(0);
    expect(bars[2]!.height).toBeCloseTo(bars[1]!.height * 2);
    expect(bars[3]!.height).toBeCloseTo(bars[1]!.height * 3);
  });

  it('puts the goal line at the height of a bar that meets the goal exactly', () => {
    expect(goalY).toBeCloseTo(bars[2]!.y);
    expect(bars.map((b) => b.metGoal)).toEqual([false, false, true, true]);
  });

  it('scales above the tallest bar and the goal, with headroom', () => {
    expect(scaleMax).toBeGreaterThan(6);
    expect(chartGeometry([day(0, 1)], 8).scaleMax).toBeGreaterThan(8);
    expect(chartGeometry([day(0, 0)], 8).goalY).toBeGreaterThan(CHART_BOX.top);
  });

  it('copes with no days and a goal below 1', () => {
    expect(chartGeometry([], 4).bars).toEqual([]);
    const g = chartGeometry([day(0, 0)], 0);
    expect(Number.isFinite(g.goalY)).toBe(true);
    expect(g.bars[0]!.metGoal).toBe(false);
  });
});

describe('historySummary', () => {
  it('adds up breaks, goal days, best day and minutes', () => {
    expect(historySummary([day(0, 0, 0), day(1, 5, 12.4), day(2, 4, 10), day(3, 1, 2.2)], 4)).toEqual({
      totalBreaks: 10,
      daysMetGoal: 2,
      bestDay: 5,
      totalMinutes: 25,
    });
    expect(historySummary([], 4)).toEqual({ totalBreaks: 0, daysMetGoal: 0, bestDay: 0, totalMinutes: 0 });
  });
});
