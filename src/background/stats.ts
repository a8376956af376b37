/** Today's numbers for a step of the timer (the arithmetic is shared/stats.ts). */
import { record, type Stats } from '../shared/stats';
import type { TimerEffect } from '../shared/timer';

type StatEffect = Extract<TimerEffect, { type: 'stat' }>;

export function isStat(effect: TimerEffect): effect is StatEffect {
  return effect.type === 'stat';
}

/** The stats with every stat effect of one step recorded. */
export function withStats(stats: Stats, effects: readonly StatEffect[], now: number): Stats {
  return effects.reduce((current, effect) => record(current, effect.field, now, effect.minutes ?? 0), stats);
}
