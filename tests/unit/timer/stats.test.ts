process.env.TZ = 'America/New_York';

import { describe, expect, it } from 'vitest';
import {
  EMPTY_DAY,
  EMPTY_STATS,
  KEEP_DAYS,
  dayKey,
  dayKeyOffset,
  history,
  parseStats,
  prune,
  record,
  streak,
  today,
  type Stats,
} from '../../../src/shared/stats';

const at = (y: number, m: number, d: number, h = 12): number => new Date(y, m - 1, d, h).getTime();
const NOW = at(2026, 6, 15);

function withDays(days: Record<string, number>): Stats {
  return {
    version: 1,
    days: Object.fromEntries(Object.entries(days).map(([day, completed]) => [day, { ...EMPTY_DAY, completed }])),
  };
}

describe('days', () => {
  it('are local calendar days', () => {
    expect(dayKey(at(2026, 6, 15, 0))).toBe('2026-06-15');
    expect(dayKey(at(2026, 6, 15, 23))).toBe('2026-06-15');
    expect(dayKeyOffset(NOW, -1)).toBe('2026-06-14');
    expect(dayKeyOffset(at(2026, 3, 1), -1)).toBe('2026-02-28');
  });

  it('count across a DST change without skipping or repeating a day', () => {
    const keys = [-2, -1, 0, 1].map((offset) => dayKeyOffset(at(2026, 3, 8, 1), offset));
    expect(keys).toEqual(['2026-03-06', '2026-03-07', '2026-03-08', '2026-03-09']);
  });
});

describe('recording', () => {
  it('adds each event to today and sums the minutes stretched', () => {
    let stats = record(EMPTY_STATS, 'completed', NOW, 2.1);
    stats = record(stats, 'completed', NOW + 60_000, 2);
    stats = record(stats, 'partial', NOW, 0.5);
    stats = record(stats, 'snoozed', NOW);
    stats = record(stats, 'skipped', NOW);
    stats = record(stats, 'postureShown', NOW);
    expect(today(stats, NOW)).toEqual({ completed: 2, partial: 1, skipped: 1, snoozed: 1, postureShown: 1, minutesStretched: 4.6 });
  });

  it('starts a new day at local midnight', () => {
    const stats = record(record(EMPTY_STATS, 'completed', at(2026, 6, 15, 23)), 'completed', at(2026, 6, 16, 0));
    expect(Object.keys(stats.days).sort()).toEqual(['2026-06-15', '2026-06-16']);
  });

  it('today is zeros before anything happened', () => {
    expect(today(EMPTY_STATS, NOW)).toEqual(EMPTY_DAY);
  });
});

describe('pruning', () => {
  it(`keeps ${KEEP_DAYS} days and drops older ones`, () => {
    const stats = withDays({ [dayKeyOffset(NOW, -(KEEP_DAYS - 1))]: 1, [dayKeyOffset(NOW, -KEEP_DAYS)]: 1, '2020-01-01': 3 });
    expect(Object.keys(prune(stats, NOW).days)).toEqual([dayKeyOffset(NOW, -(KEEP_DAYS - 1))]);
  });

  it('happens on every record', () => {
    const stats = record(withDays({ '2020-01-01': 3 }), 'completed', NOW);
    expect(Object.keys(stats.days)).toEqual(['2026-06-15']);
  });
});

describe('streak', () => {
  it('counts days in a row that met the goal, ending today', () => {
    const stats = withDays({ '2026-06-15': 4, '2026-06-14': 5, '2026-06-13': 4, '2026-06-12': 3, '2026-06-11': 4 });
    expect(streak(stats, 4, NOW)).toBe(3);
  });

  it('today short of the goal does not break the run of earlier days', () => {
    const stats = withDays({ '2026-06-15': 1, '2026-06-14': 4, '2026-06-13': 4 });
    expect(streak(stats, 4, NOW)).toBe(2);
  });

  it('a missed yesterday ends it', () => {
    expect(streak(withDays({ '2026-06-15': 4, '2026-06-13': 4 }), 4, NOW)).toBe(1);
    expect(streak(EMPTY_STATS, 4, NOW)).toBe(0);
  });

  it('follows the goal', () => {
    const stats = withDays({ '2026-06-15': 2, '2026-06-14': 2 });
    expect(streak(stats, 2, NOW)).toBe(2);
    expect(streak(stats, 3, NOW)).toBe(0);
  });
});

describe('history', () => {
  it('lists the last 30 days oldest first, with zeros for empty days and the goal marked', () => {
    const days = history(withDays({ '2026-06-15': 4, '2026-06-01': 2 }), 4, NOW);
    expect(days).toHaveLength(30);
    expect(days[0]?.day).toBe('2026-05-17');
    expect(days.at(-1)).toMatchObject({ day: '2026-06-15', completed: 4, metGoal: true });
    expect(days.find((d) => d.day === '2026-06-01')).toMatchObject({ completed: 2, metGoal: false });
    expect(days.filter((d) => d.completed === 0)).toHaveLength(28);
  });
});

describe('parseStats', () => {
  it('reads valid stats back', () => {
    const stats = record(EMPTY_STATS, 'completed', NOW, 2);
    expect(parseStats(JSON.parse(JSON.stringify(stats)))).toEqual(stats);
  });

  it('drops bad days and reads bad counts as zero', () => {
    const parsed = parseStats({ days: { '2026-06-15': { completed: 'three', partial: 1, minutesStretched: -4 }, tuesday: { completed: 1 }, '2026-06-14': 7 } });
    expect(parsed.days).toEqual({ '2026-06-15': { ...EMPTY_DAY, partial: 1 } });
  });

  it.each([undefined, null, 'x', [], { days: [] }])('anything else (%j) is empty stats', (raw) => {
    expect(parseStats(raw)).toEqual(EMPTY_STATS);
  });
});
