/**
 * The guided break as a pure player: which stretch is on, and how much of its
 * countdown is left, computed from absolute times (never a counter that
 * drifts when the tab sleeps or the computer is busy).
 */
import type { Routine, RoutineId, Stretch } from '../../knowledge/types';

export interface PlayerState {
  readonly routineId: RoutineId | null;
  readonly stretchIds: readonly string[];
  readonly index: number;
  /** When the current stretch's countdown started, moved later by the time spent paused. */
  readonly stretchStartedAt: number;
  /** When paused: since when. */
  readonly pausedAt: number | null;
  /** Seconds spent on stretches already left with Next (capped at each stretch's length). */
  readonly secondsDone: number;
  readonly finished: boolean;
}

export type PlayerAction = 'next' | 'back' | 'skip' | 'toggle-pause' | 'done';

export interface Plan {
  readonly routineId: RoutineId | null;
  readonly stretchIds: readonly string[];
  readonly index: number;
  /** The URL asked for a routine that does not exist; the default was used. */
  readonly unknownRoutine: boolean;
  /** The timer's break this page was opened for (`&break=`, its start time), named in the page's report. */
  readonly breakId: number | null;
}

const ROUTINE_IDS: readonly string[] = ['desk-2', 'morning-5', 'full-10'];

/**
 * What to play, from the page's query (`?routine=…&stretch=…&break=…`): a routine
 * (starting at `stretch` if it is in it), a single stretch ("Try it now"),
 * or else the routine for the configured break length.
 */
export function planFrom(
  query: URLSearchParams,
  routines: readonly Routine[],
  stretches: readonly Stretch[],
  defaultRoutine: RoutineId,
): Plan {
  const routineParam = query.get('routine');
  const stretchParam = query.get('stretch');
  const known = (id: string | null): id is string => id !== null && stretches.some((s) => s.id === id);
  const find = (id: string): Routine | undefined => routines.find((r) => r.id === id);
  const asked = routineParam !== null && ROUTINE_IDS.includes(routineParam) ? find(routineParam) : undefined;
  const unknownRoutine = routineParam !== null && asked === undefined;
  const breakParam = query.get('break');
  const breakId = breakParam !== null && /^\d{1,16}$/.test(breakParam) ? Number(breakParam) : null;
  if (!asked && !unknownRoutine && known(stretchParam)) {
    return { routineId: null, stretchIds: [stretchParam], index: 0, unknownRoutine, breakId };
  }
  const routine = asked ?? find(defaultRoutine) ?? routines[0];
  const stretchIds = (routine?.stretchIds ?? []).filter((id) => known(id));
  const at = known(stretchParam) ? stretchIds.indexOf(stretchParam) : -1;
  return { routineId: routine?.id ?? null, stretchIds, index: Math.max(0, at), unknownRoutine, breakId };
}

export function startPlayer(plan: Plan, now: number): PlayerState {
  return {
    routineId: plan.routineId,
    stretchIds: plan.stretchIds,
    index: plan.index,
    stretchStartedAt: now,
    pausedAt: null,
    secondsDone: 0,
    finished: plan.stretchIds.length === 0,
  };
}

/** Milliseconds spent on the current stretch so far (pauses excluded). */
export function elapsedMs(state: PlayerState, now: number): number {
  return Math.max(0, (state.pausedAt ?? now) - state.stretchStartedAt);
}

/** Milliseconds left on the current stretch's countdown, never negative. */
export function remainingMs(state: PlayerState, durationSec: number, now: number): number {
  return Math.max(0, durationSec * 1000 - elapsedMs(state, now));
}

/** Total seconds stretched, including the current stretch so far. */
export function secondsStretched(state: PlayerState, durationSec: number, now: number): number {
  if (state.finished) return state.secondsDone;
  return Math.round(state.secondsDone + Math.min(durationSec, elapsedMs(state, now) / 1000));
}

function moveTo(state: PlayerState, index: number, now: number, addSeconds: number): PlayerState {
  return { ...state, index, stretchStartedAt: now, pausedAt: null, secondsDone: Math.round(state.secondsDone + addSeconds) };
}

/**
 * One step of the player. `durationSec` is the current stretch's length.
 * Next and Done count the time spent on the current stretch; Skip and Back do not.
 */
export function act(state: PlayerState, action: PlayerAction, durationSec: number, now: number): PlayerState {
  if (state.finished) return state;
  const last = state.index >= state.stretchIds.length - 1;
  const spent = Math.min(durationSec, elapsedMs(state, now) / 1000);
  switch (action) {
    case 'toggle-pause':
      if (state.pausedAt === null) return { ...state, pausedAt: now };
      return { ...state, stretchStartedAt: state.stretchStartedAt + (now - state.pausedAt), pausedAt: null };
    case 'back':
      return state.index === 0 ? state : moveTo(state, state.index - 1, now, 0);
    case 'next':
      return last ? state : moveTo(state, state.index + 1, now, spent);
    case 'skip':
      return last ? { ...state, finished: true, pausedAt: null } : moveTo(state, state.index + 1, now, 0);
    case 'done':
      return { ...state, finished: true, pausedAt: null, secondsDone: Math.round(state.secondsDone + spent) };
  }
}

/** "1:05" */
export function formatCountdown(ms: number): string {
  const total = Math.ceil(ms / 1000);
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
}
