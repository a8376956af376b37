/**
 * The effects of a timer step still to be carried out (notifications, the
 * break page), stored with the step's state. The browser may stop the
 * background between storing a state and showing its alert; the next start
 * carries out what is left (background/engine.ts), so a stretch-break alert
 * recorded as shown is really shown. Stats are not here: they are stored
 * with the state itself.
 */
import { isRecord } from './is-record';
import { isRoutineId, storedTime, type TimerEffect } from './timer';

/** Effects worth carrying out again: each shows or clears something, and doing it twice shows it once. */
export type UnfinishedEffect = Exclude<TimerEffect, { type: 'stat' }>;

export const isUnfinishedEffect = (effect: TimerEffect): effect is UnfinishedEffect => effect.type !== 'stat';

function parseEffect(raw: unknown): UnfinishedEffect | null {
  if (!isRecord(raw)) return null;
  switch (raw['type']) {
    case 'notify': {
      const { kind, snoozesLeft, quiet } = raw;
      if ((kind !== 'break' && kind !== 'posture') || typeof quiet !== 'boolean') return null;
      if (typeof snoozesLeft !== 'number' || !Number.isInteger(snoozesLeft) || snoozesLeft < 0) return null;
      return { type: 'notify', kind, snoozesLeft, quiet };
    }
    case 'notify-heads-up': {
      const breakAt = storedTime(raw['breakAt']);
      return breakAt === null ? null : { type: 'notify-heads-up', breakAt };
    }
    case 'clear-notifications':
      return { type: 'clear-notifications' };
    case 'open-break': {
      const { routineId, breakId } = raw;
      if (!isRoutineId(routineId)) return null;
      if (breakId === undefined) return { type: 'open-break', routineId };
      const id = storedTime(breakId);
      return id === null ? null : { type: 'open-break', routineId, breakId: id };
    }
    default:
      return null;
  }
}

/** What storage holds, as effects to carry out: anything unreadable is left out (at worst an alert is not repeated). */
export function parseUnfinishedEffects(raw: unknown): UnfinishedEffect[] {
  if (!Array.isArray(raw)) return [];
  return raw.map(parseEffect).filter((effect): effect is UnfinishedEffect => effect !== null);
}
