/**
 * The posture-check and stretch-break timer as a pure state machine:
 * `step(state, event, settings, now) → { state, effects }`.
 *
 * Everything is an absolute time (epoch ms) so a background that is killed
 * and restarted, or a computer that sleeps, continues from what is stored.
 * The background persists `state` after every step, derives its alarms from
 * it with `alarmsFor`, and carries out `effects` (notifications, stats, the
 * break page). UI surfaces read the stored state and show `describeTimer`.
 *
 * No browser API here: every rule is unit-tested in tests/unit/timer/.
 */
import type { PauseChoice, Settings } from './settings';
import type { RoutineId } from '../knowledge/types';
import { isRecord } from './is-record';

/** 2: a break has a `breakId` of its own (version 1 used its start time, which a clock change moves). */
export const TIMER_STATE_VERSION = 2;

export const MINUTE_MS = 60_000;
/** At most this many snoozes in a row; the alert after that says so and offers no snooze. */
export const MAX_SNOOZES = 3;
/** Snooze lengths offered in the UI, in minutes (the settings' `snoozeMin` is the default). */
export const SNOOZE_CHOICES_MIN = [5, 10, 15] as const;
/** Alerts held by "don't interrupt" are delivered quietly after this long at most. */
export const MAX_HOLD_MS = 30 * MINUTE_MS;
/** The idle API reports "idle" after this long without input (its detection interval). */
export const IDLE_DETECTION_SEC = 60;
/** The heads-up comes this long before a stretch break. */
export const HEADS_UP_MS = MINUTE_MS;
/** A break nobody reports back on ends by itself this long after its planned end. */
export const BREAK_GRACE_MS = 10 * MINUTE_MS;
/** A clock jump backwards larger than this is treated as a clock change, not jitter. */
export const CLOCK_SLACK_MS = 5_000;
/** "Pause until tomorrow" ends at this local time (minutes after midnight) when work hours are off. */
export const TOMORROW_MIN = 8 * 60;
/** For "until tomorrow", a day begins at 04:00 (as for the morning routine): at 00:30, tomorrow morning is hours away. */
const DAY_BEGINS_MIN = 4 * 60;
/** A due time further away than this is garbage (work hours defer by at most a week plus an interval). */
const MAX_AHEAD_MS = 9 * 24 * 60 * MINUTE_MS;

export type TimerPhase = 'stopped' | 'running' | 'paused' | 'on-break';
export type AlertKind = 'break' | 'posture';

export interface HeldAlert {
  readonly kind: AlertKind;
  /** When the alert was first held back. */
  readonly since: number;
}

export interface TimerState {
  readonly version: number;
  readonly phase: TimerPhase;
  /** When the next stretch break is due; null when stopped, paused, on break or breaks are off. */
  readonly nextBreakAt: number | null;
  /** When the next posture check is due; null when stopped, paused, on break or posture checks are off. */
  readonly nextPostureAt: number | null;
  /** The `nextBreakAt` for which the heads-up was already shown (so it shows once). */
  readonly headsUpFor: number | null;
  /** When paused: when it started. */
  readonly pausedAt: number | null;
  /** When paused: when it resumes by itself; null means "until I resume". */
  readonly pausedUntil: number | null;
  /**
   * When on break: which break it is (the clock time it began, never moved
   * afterwards). Its page's URL and reports name it, so it must stay put
   * when a clock set back moves `breakStartedAt`.
   */
  readonly breakId: number | null;
  /** When on break: when it started and when its planned length ends (moved with the clock). */
  readonly breakStartedAt: number | null;
  readonly breakEndsAt: number | null;
  readonly breakRoutineId: RoutineId | null;
  /** Snoozes in a row since the last break taken or skipped. */
  readonly snoozeCount: number;
  /** A stretch-break alert was shown at this time and not yet answered (Snooze/Skip apply to it). */
  readonly alertPendingSince: number | null;
  /** An alert held back by "don't interrupt". */
  readonly held: HeldAlert | null;
  /** When the person went idle or locked the screen (start of the idle period); null when active. */
  readonly idleSince: number | null;
  /** The latest `now` this state has seen: a later `now` smaller than this means the clock went back. */
  readonly lastSeenAt: number;
}

/** Every planned time and pending alert, emptied: what stopping, pausing or a fresh schedule clears. */
const NOTHING_PLANNED = {
  nextBreakAt: null,
  nextPostureAt: null,
  headsUpFor: null,
  pausedAt: null,
  pausedUntil: null,
  breakId: null,
  breakStartedAt: null,
  breakEndsAt: null,
  breakRoutineId: null,
  alertPendingSince: null,
  held: null,
} as const satisfies Partial<TimerState>;

export const INITIAL_TIMER_STATE: TimerState = {
  version: TIMER_STATE_VERSION,
  phase: 'stopped',
  ...NOTHING_PLANNED,
  snoozeCount: 0,
  idleSince: null,
  lastSeenAt: 0,
};

/** What the background's environment says when it asks to deliver an alert. */
export interface Surroundings {
  /** Fullscreen window, audible tab or a video-call page: hold alerts ("don't interrupt"). */
  readonly busy: boolean;
}

export type TimerEvent =
  | { readonly type: 'start' }
  | { readonly type: 'stop' }
  | { readonly type: 'reset' }
  | { readonly type: 'pause'; readonly choice: PauseChoice }
  | { readonly type: 'resume' }
  | { readonly type: 'stretch-now' }
  | { readonly type: 'snooze'; readonly minutes?: number }
  | { readonly type: 'skip' }
  /**
   * A break's end, reported by its page (or for it, when the page is gone).
   * `breakId`: the break the timer started that the page was opened for (the
   * state's `breakId`). Absent for a stretch the person opened themselves ("Try it
   * now", the morning routine).
   */
  | { readonly type: 'break-complete'; readonly secondsStretched: number; readonly breakId?: number }
  | { readonly type: 'break-partial'; readonly secondsStretched: number; readonly breakId?: number }
  /** Any wake-up: an alarm, the badge refresh, startup. Fires what is due (once). */
  | { readonly type: 'tick'; readonly surroundings?: Surroundings }
  | { readonly type: 'idle'; readonly idleState: 'active' | 'idle' | 'locked'; readonly surroundings?: Surroundings }
  /** Settings changed: intervals are re-planned where they no longer fit. */
  | { readonly type: 'settings-changed'; readonly previous: Settings };

export type StatField = 'completed' | 'partial' | 'skipped' | 'snoozed' | 'postureShown';

export type TimerEffect =
  | {
      readonly type: 'notify';
      readonly kind: AlertKind;
      /** Snoozes left for this alert (0: the alert says the limit is reached). */
      readonly snoozesLeft: number;
      /** Delivered without sound/interaction because it was held for too long. */
      readonly quiet: boolean;
    }
  | { readonly type: 'notify-heads-up'; readonly breakAt: number }
  | { readonly type: 'clear-notifications' }
  /** `breakId`: the break the page is for (the state's `breakId`), absent when the timer started none. */
  | { readonly type: 'open-break'; readonly routineId: RoutineId; readonly breakId?: number }
  | { readonly type: 'stat'; readonly field: StatField; readonly minutes?: number };

export interface StepResult {
  readonly state: TimerState;
  readonly effects: readonly TimerEffect[];
}

/** The routine for a break of `lengthMin` minutes. */
export function routineForLength(lengthMin: number): RoutineId {
  if (lengthMin <= 3) return 'desk-2';
  if (lengthMin <= 7) return 'morning-5';
  return 'full-10';
}

// ---------------------------------------------------------------------------
// Parsing stored state

/** A stored clock time (whole milliseconds since the epoch), or null when the value is not one. */
export function storedTime(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 && Number.isInteger(value) ? value : null;
}

const PHASES: readonly TimerPhase[] = ['stopped', 'running', 'paused', 'on-break'];
const ROUTINES: readonly RoutineId[] = ['desk-2', 'morning-5', 'full-10'];

export function isRoutineId(value: unknown): value is RoutineId {
  return typeof value === 'string' && (ROUTINES as readonly string[]).includes(value);
}

export interface ParsedTimerState {
  readonly state: TimerState;
  /** What was wrong with the stored value (empty when it was valid or absent). */
  readonly problems: readonly string[];
}

/**
 * Turns whatever is stored into a valid state. Nothing stored is a fresh
 * stopped timer. A corrupt value is repaired where its meaning is clear
 * (a running timer with a valid next-break time keeps running) and otherwise
 * falls back to stopped; every repair is reported.
 */
export function parseTimerState(raw: unknown): ParsedTimerState {
  if (raw === undefined || raw === null) return { state: INITIAL_TIMER_STATE, problems: [] };
  if (!isRecord(raw)) return { state: INITIAL_TIMER_STATE, problems: ['timer state is not an object'] };
  const problems: string[] = [];
  const field = (key: keyof TimerState): number | null => {
    const value = raw[key];
    if (value === null || value === undefined) return null;
    const t = storedTime(value);
    if (t === null) problems.push(`${key} is not a time`);
    return t;
  };
  let phase = raw['phase'] as TimerPhase;
  if (!PHASES.includes(phase)) {
    problems.push('unknown phase');
    phase = 'stopped';
  }
  const nextBreakAt = field('nextBreakAt');
  const nextPostureAt = field('nextPostureAt');
  const headsUpFor = field('headsUpFor');
  const pausedAt = field('pausedAt');
  const pausedUntil = field('pausedUntil');
  const breakStartedAt = field('breakStartedAt');
  const breakEndsAt = field('breakEndsAt');
  // Version 1 had no breakId: its break went by its start time, which its page's URL still names.
  const breakId = field('breakId') ?? (phase === 'on-break' ? breakStartedAt : null);
  const alertPendingSince = field('alertPendingSince');
  const idleSince = field('idleSince');
  const lastSeenAt = field('lastSeenAt') ?? 0;
  const rawRoutine = raw['breakRoutineId'];
  let breakRoutineId: RoutineId | null = null;
  if (isRoutineId(rawRoutine)) breakRoutineId = rawRoutine;
  else if (rawRoutine !== null && rawRoutine !== undefined) problems.push('unknown routine');
  let snoozeCount = raw['snoozeCount'];
  if (typeof snoozeCount !== 'number' || !Number.isInteger(snoozeCount) || snoozeCount < 0) {
    if (snoozeCount !== undefined) problems.push('snoozeCount is not a count');
    snoozeCount = 0;
  }
  let held: HeldAlert | null = null;
  const rawHeld = raw['held'];
  if (isRecord(rawHeld) && (rawHeld['kind'] === 'break' || rawHeld['kind'] === 'posture') && storedTime(rawHeld['since']) !== null) {
    held = { kind: rawHeld['kind'], since: storedTime(rawHeld['since']) ?? 0 };
  } else if (rawHeld !== null && rawHeld !== undefined) problems.push('held alert is malformed');

  const state: TimerState = {
    version: TIMER_STATE_VERSION,
    phase,
    nextBreakAt,
    nextPostureAt,
    headsUpFor,
    pausedAt,
    pausedUntil,
    breakId,
    breakStartedAt,
    breakEndsAt,
    breakRoutineId,
    snoozeCount: Math.min(snoozeCount as number, MAX_SNOOZES),
    alertPendingSince,
    held,
    idleSince,
    lastSeenAt,
  };
  // Each phase needs its own times; without them it cannot go on as it was.
  if (phase === 'paused' && pausedAt === null) {
    problems.push('a paused timer without a pause time');
    return { state: { ...state, phase: 'paused', pausedAt: lastSeenAt, pausedUntil }, problems };
  }
  if (phase === 'on-break' && (breakId === null || breakStartedAt === null || breakEndsAt === null)) {
    problems.push('a break without its times');
    return { state: { ...cleared(state), phase: 'running', nextBreakAt, nextPostureAt }, problems };
  }
  if (phase === 'stopped' && (nextBreakAt !== null || nextPostureAt !== null)) problems.push('a stopped timer with times');
  if (phase === 'stopped') return { state: { ...INITIAL_TIMER_STATE, lastSeenAt }, problems };
  return { state, problems };
}

// ---------------------------------------------------------------------------
// Work hours (local time; `workEndMin` before `workStartMin` is a shift across midnight)

function minutesOfDay(date: Date): number {
  return date.getHours() * 60 + date.getMinutes();
}

/** Whether `now` falls inside the configured work hours (always true when they are off). */
export function inWorkHours(settings: Settings, now: number): boolean {
  if (!settings.workHoursEnabled) return true;
  const { workStartMin: start, workEndMin: end, workDays } = settings;
  if (start === end) return workDays.length > 0 && workDays.includes(new Date(now).getDay() as never);
  const date = new Date(now);
  const minute = minutesOfDay(date);
  const day = date.getDay();
  if (start < end) return workDays.includes(day as never) && minute >= start && minute < end;
  // Across midnight: the evening part belongs to today, the early-morning part to the shift that began yesterday.
  if (minute >= start) return workDays.includes(day as never);
  if (minute < end) return workDays.includes(((day + 6) % 7) as never);
  return false;
}

/** A local date at `minuteOfDay` on the day `dayOffset` days after `from`'s day (DST-safe). */
function localAt(from: number, dayOffset: number, minuteOfDay: number): number {
  const d = new Date(from);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + dayOffset, Math.floor(minuteOfDay / 60), minuteOfDay % 60).getTime();
}

/** When work hours next begin after `now` (or `now` itself when inside them); null when they never do. */
export function nextWorkStart(settings: Settings, now: number): number | null {
  if (inWorkHours(settings, now)) return now;
  if (settings.workDays.length === 0) return null;
  for (let offset = 0; offset <= 8; offset++) {
    const at = localAt(now, offset, settings.workStartMin);
    if (at > now && inWorkHours(settings, at)) return at;
  }
  return null;
}

/** When the current work period ends (the first minute outside work hours after `now`); null when it never does. */
export function workEndAfter(settings: Settings, now: number): number | null {
  if (!settings.workHoursEnabled || !inWorkHours(settings, now)) return null;
  for (let offset = -1; offset <= 8; offset++) {
    const at = localAt(now, offset, settings.workEndMin);
    if (at > now && !inWorkHours(settings, at)) return at;
  }
  return null;
}

// ---------------------------------------------------------------------------
// The machine

function cleared(state: TimerState): TimerState {
  return { ...state, ...NOTHING_PLANNED };
}

/**
 * The schedule from `from`: each enabled reminder one interval later. Outside
 * work hours it starts when they next begin.
 */
function scheduleFrom(state: TimerState, settings: Settings, from: number): TimerState {
  // Work hours that never come (no work days) leave nothing to schedule.
  const base = nextWorkStart(settings, from);
  return {
    ...cleared(state),
    phase: 'running',
    nextBreakAt: settings.breakEnabled && base !== null ? base + settings.breakIntervalMin * MINUTE_MS : null,
    nextPostureAt: settings.postureEnabled && base !== null ? base + settings.postureIntervalMin * MINUTE_MS : null,
    idleSince: state.idleSince,
    snoozeCount: state.snoozeCount,
  };
}

/** When a pause chosen at `now` ends by itself: null for "until I resume". */
export function pauseEnd(choice: PauseChoice, settings: Settings, now: number): number | null {
  switch (choice) {
    case '30m':
      return now + 30 * MINUTE_MS;
    case '1h':
      return now + 60 * MINUTE_MS;
    case 'tomorrow': {
      // Awake after midnight, "tomorrow" is the coming morning, not the day after it.
      const tomorrow = minutesOfDay(new Date(now)) < DAY_BEGINS_MIN ? 0 : 1;
      if (!settings.workHoursEnabled) return localAt(now, tomorrow, TOMORROW_MIN);
      // The first work period that starts from tomorrow on (a night shift
      // paused at 02:00 resumes with this evening's shift; Friday's pause
      // with Monday's).
      for (let day = tomorrow; day <= tomorrow + 7; day++) {
        const at = localAt(now, day, settings.workStartMin);
        if (at > now && inWorkHours(settings, at)) return at;
      }
      return localAt(now, tomorrow, settings.workStartMin);
    }
    case 'until-resume':
      return null;
  }
}

function isDue(at: number | null, now: number): at is number {
  return at !== null && at <= now;
}

/** Whether a step at `now` may deliver an alert (so the background asks whether the person is busy). */
export function hasDue(state: TimerState, now: number): boolean {
  return state.phase === 'running' && (isDue(state.nextBreakAt, now) || isDue(state.nextPostureAt, now) || state.held !== null);
}

/**
 * Shifts every stored time by `deltaMs` (used when the clock is set back, to
 * keep what remained). Not `breakId`: that names the break, and its open page
 * and that page's reports go on naming it by the old clock.
 */
function shifted(state: TimerState, deltaMs: number): TimerState {
  const move = (t: number | null): number | null => (t === null ? null : Math.max(0, t + deltaMs));
  return {
    ...state,
    nextBreakAt: move(state.nextBreakAt),
    nextPostureAt: move(state.nextPostureAt),
    headsUpFor: move(state.headsUpFor),
    pausedAt: move(state.pausedAt),
    pausedUntil: move(state.pausedUntil),
    breakStartedAt: move(state.breakStartedAt),
    breakEndsAt: move(state.breakEndsAt),
    alertPendingSince: move(state.alertPendingSince),
    held: state.held ? { ...state.held, since: Math.max(0, state.held.since + deltaMs) } : null,
    idleSince: move(state.idleSince),
  };
}

/**
 * Fires whatever is due at `now`, at most once each, and plans the next time.
 * An alert overdue by hours (sleep, a closed browser) fires once; the schedule
 * then continues from `now`, never catching up with a burst.
 */
function fireDue(state: TimerState, settings: Settings, now: number, surroundings: Surroundings | undefined): StepResult {
  const effects: TimerEffect[] = [];
  let next = state;

  if (next.phase === 'paused') {
    if (isDue(next.pausedUntil, now)) next = scheduleFrom({ ...next, snoozeCount: 0 }, settings, now);
    else return { state: next, effects };
  }
  if (next.phase === 'on-break') {
    if (next.breakEndsAt !== null && now >= next.breakEndsAt + BREAK_GRACE_MS) {
      // Nobody reported back (the page never opened or crashed): the break is over, unlogged.
      next = scheduleFrom({ ...next, snoozeCount: 0 }, settings, now);
    } else return { state: next, effects };
  }
  if (next.phase !== 'running') return { state: next, effects };

  // Away from the computer: nothing fires now; returning decides (see 'idle').
  if (next.idleSince !== null) return { state: next, effects };

  // Outside work hours the timer holds: the schedule restarts when they begin.
  if (!inWorkHours(settings, now)) {
    if (isDue(next.nextBreakAt, now) || isDue(next.nextPostureAt, now) || next.held !== null) {
      next = scheduleFrom({ ...next, held: null, alertPendingSince: null }, settings, now);
    }
    return { state: next, effects };
  }

  const busy = settings.dontInterrupt && (surroundings?.busy ?? false);
  const breakDue = isDue(next.nextBreakAt, now) || next.held?.kind === 'break';
  const postureDue = isDue(next.nextPostureAt, now) || next.held?.kind === 'posture';

  if (breakDue) {
    const heldSince = next.held?.since ?? now;
    if (busy && now - heldSince < MAX_HOLD_MS) {
      return { state: { ...next, held: { kind: 'break', since: heldSince } }, effects };
    }
    const quiet = next.held !== null && now - heldSince >= MAX_HOLD_MS;
    effects.push({ type: 'notify', kind: 'break', snoozesLeft: MAX_SNOOZES - next.snoozeCount, quiet });
    next = {
      ...next,
      held: null,
      alertPendingSince: now,
      // The next break comes one interval after this alert unless it is answered first.
      nextBreakAt: settings.breakEnabled ? now + settings.breakIntervalMin * MINUTE_MS : null,
      // A break alert is a posture reminder too: the posture clock restarts (a check due now is folded in).
      nextPostureAt: settings.postureEnabled ? now + settings.postureIntervalMin * MINUTE_MS : null,
    };
    return { state: next, effects };
  }
  if (postureDue) {
    const heldSince = next.held?.since ?? now;
    if (busy && now - heldSince < MAX_HOLD_MS) {
      return { state: { ...next, held: { kind: 'posture', since: heldSince } }, effects };
    }
    const quiet = next.held !== null && now - heldSince >= MAX_HOLD_MS;
    effects.push({ type: 'notify', kind: 'posture', snoozesLeft: MAX_SNOOZES - next.snoozeCount, quiet });
    effects.push({ type: 'stat', field: 'postureShown' });
    next = { ...next, held: null, nextPostureAt: settings.postureEnabled ? now + settings.postureIntervalMin * MINUTE_MS : null };
  }
  // The heads-up: once per planned break, in the minute before it, never while busy.
  if (
    settings.headsUp &&
    next.nextBreakAt !== null &&
    next.headsUpFor !== next.nextBreakAt &&
    now >= next.nextBreakAt - HEADS_UP_MS &&
    now < next.nextBreakAt &&
    !busy
  ) {
    effects.push({ type: 'notify-heads-up', breakAt: next.nextBreakAt });
    next = { ...next, headsUpFor: next.nextBreakAt };
  }
  return { state: next, effects };
}

function startBreak(state: TimerState, settings: Settings, now: number): StepResult {
  // A break is on: "Stretch now" (the shortcut, an alert) brings its page back rather than starting another.
  if (state.phase === 'on-break' && state.breakId !== null) {
    return { state, effects: [{ type: 'open-break', routineId: state.breakRoutineId ?? routineForLength(settings.breakLengthMin), breakId: state.breakId }] };
  }
  const routineId = routineForLength(settings.breakLengthMin);
  // A stopped or paused timer stays so: the stretch is welcome, the schedule stays off.
  if (state.phase === 'stopped' || state.phase === 'paused') return { state, effects: [{ type: 'open-break', routineId }] };
  return {
    state: {
      ...cleared(state),
      phase: 'on-break',
      breakId: now,
      breakStartedAt: now,
      breakEndsAt: now + settings.breakLengthMin * MINUTE_MS,
      breakRoutineId: routineId,
      snoozeCount: 0,
      idleSince: state.idleSince,
    },
    effects: [{ type: 'clear-notifications' }, { type: 'open-break', routineId, breakId: now }],
  };
}

/**
 * A break page reports how its stretching went.
 * - For the timer's break now on: that break ends and is logged.
 * - For a break that has already ended (its page closed, or the browser quit,
 *   and the background ended it; or its end alarm did): a closing page's late
 *   word is not a second break. But a routine finished on a page still open
 *   (reloaded, restored, reopened) is a stretch done: counted as one opened
 *   by hand.
 * - A stretch opened by hand ("Try it now", the morning routine) is counted;
 *   finishing one restarts a running schedule, and never ends the timer's own
 *   break, which its own page reports.
 */
function breakReported(state: TimerState, event: Extract<TimerEvent, { type: 'break-complete' | 'break-partial' }>, settings: Settings, now: number): StepResult {
  const stat: TimerEffect = { type: 'stat', field: event.type === 'break-complete' ? 'completed' : 'partial', minutes: minutesOf(event.secondsStretched) };
  if (event.breakId !== undefined) {
    if (state.phase === 'on-break' && state.breakId === event.breakId) return { state: afterBreak(state, settings, now), effects: [stat] };
    if (event.type === 'break-partial') return { state, effects: [] };
  }
  if (event.type === 'break-partial' || state.phase === 'on-break') return { state, effects: [stat] };
  return { state: afterBreak(state, settings, now), effects: [stat] };
}

function minutesOf(seconds: number): number {
  return Number.isFinite(seconds) && seconds > 0 ? Math.round((seconds / 60) * 10) / 10 : 0;
}

/** The same timer, apart from when the background last looked at the clock (every step stores that). */
export function sameApartFromClock(a: TimerState, b: TimerState): boolean {
  const strip = ({ lastSeenAt: _, ...rest }: TimerState): string => JSON.stringify(rest);
  return a === b || strip(a) === strip(b);
}

/** A stretch break is due: its alert waits for an answer, or is held (don't interrupt). */
export function breakIsDue(state: TimerState): boolean {
  return state.alertPendingSince !== null || state.held?.kind === 'break';
}

/** After a break (finished or not) the schedule restarts from now; a stopped timer stays stopped. */
function afterBreak(state: TimerState, settings: Settings, now: number): TimerState {
  if (state.phase === 'stopped' || state.phase === 'paused') return state;
  return scheduleFrom({ ...state, snoozeCount: 0 }, settings, now);
}

/**
 * A running timer has exactly the reminders its settings ask for, each within
 * reach: a missing one (a repaired state, a reminder just turned on) is
 * planned from now, a far-off garbage time is replaced.
 */
function normalised(state: TimerState, settings: Settings, now: number): TimerState {
  if (state.phase !== 'running') return state;
  const base = nextWorkStart(settings, now);
  const fix = (at: number | null, enabled: boolean, intervalMin: number): number | null => {
    if (!enabled || base === null) return null;
    if (at === null || at > now + MAX_AHEAD_MS) return base + intervalMin * MINUTE_MS;
    return at;
  };
  const nextBreakAt = fix(state.nextBreakAt, settings.breakEnabled, settings.breakIntervalMin);
  const nextPostureAt = fix(state.nextPostureAt, settings.postureEnabled, settings.postureIntervalMin);
  if (nextBreakAt === state.nextBreakAt && nextPostureAt === state.nextPostureAt) return state;
  return {
    ...state,
    nextBreakAt,
    nextPostureAt,
    ...(nextBreakAt === null ? { alertPendingSince: null, headsUpFor: null } : {}),
    held: (state.held?.kind === 'break' && nextBreakAt === null) || (state.held?.kind === 'posture' && nextPostureAt === null) ? null : state.held,
  };
}

/**
 * The one transition function. `now` is the wall clock at the event.
 * Returns the next state (always valid, with `lastSeenAt` updated) and the
 * effects for the background to carry out.
 */
export function step(state: TimerState, event: TimerEvent, settings: Settings, now: number): StepResult {
  let current = state;
  // The clock was set back (or the state came from a later clock): keep what remained of each wait.
  if (current.lastSeenAt > 0 && now < current.lastSeenAt - CLOCK_SLACK_MS) current = shifted(current, now - current.lastSeenAt);
  const before = current;
  current = normalised(current, settings, now);
  const result = transition(current, event, settings, now);
  return { state: { ...result.state, lastSeenAt: Math.max(now, 0) }, effects: [...withdrawn(before, result, now), ...result.effects] };
}

/**
 * A stretch-break alert the timer forgets (breaks turned off, work hours
 * changed or over, a stretch finished) is taken off the screen too, as
 * stopping and pausing do: left there, its Snooze would answer nothing and
 * its click would start a break the schedule no longer asked for. So is a
 * heads-up for a break that will no longer come at the time it gave. First,
 * so that an alert the same step shows stays.
 */
function withdrawn(before: TimerState, { state, effects }: StepResult, now: number): TimerEffect[] {
  const alertForgotten = before.alertPendingSince !== null && state.alertPendingSince === null;
  // A heads-up announcing a break that has not come yet, and now will not come then (breaks turned off, the interval changed).
  const headsUpStale =
    before.headsUpFor !== null &&
    before.headsUpFor === before.nextBreakAt &&
    before.headsUpFor > now &&
    state.nextBreakAt !== before.nextBreakAt &&
    state.alertPendingSince === null;
  if (!alertForgotten && !headsUpStale) return [];
  return effects.some((effect) => effect.type === 'clear-notifications') ? [] : [{ type: 'clear-notifications' }];
}

function transition(state: TimerState, event: TimerEvent, settings: Settings, now: number): StepResult {
  switch (event.type) {
    case 'start':
      if (state.phase === 'running' || state.phase === 'on-break') return fireDue(state, settings, now, undefined);
      return { state: scheduleFrom({ ...state, snoozeCount: 0 }, settings, now), effects: [] };

    case 'stop':
      return { state: { ...cleared(state), phase: 'stopped', snoozeCount: 0 }, effects: [{ type: 'clear-notifications' }] };

    case 'reset':
      if (state.phase === 'stopped') return { state, effects: [] };
      return { state: scheduleFrom({ ...state, snoozeCount: 0 }, settings, now), effects: [{ type: 'clear-notifications' }] };

    case 'pause':
      // During a break there is nothing to pause (the popup offers only "Back to the break"); its page logs it as it ends.
      if (state.phase === 'stopped' || state.phase === 'on-break') return { state, effects: [] };
      return {
        state: { ...cleared(state), phase: 'paused', pausedAt: now, pausedUntil: pauseEnd(event.choice, settings, now) },
        effects: [{ type: 'clear-notifications' }],
      };

    case 'resume':
      if (state.phase !== 'paused') return { state, effects: [] };
      return { state: scheduleFrom({ ...state, snoozeCount: 0 }, settings, now), effects: [] };

    case 'stretch-now':
      return startBreak(state, settings, now);

    case 'snooze': {
      // Snooze and Skip answer a stretch-break alert: with none waiting, a
      // snooze would bring the break nearer (an alert left on screen after
      // its break was taken, a message sent twice).
      if (state.phase !== 'running' || !settings.breakEnabled || !breakIsDue(state)) return { state, effects: [] };
      if (state.snoozeCount >= MAX_SNOOZES) return { state, effects: [] };
      const minutes = event.minutes !== undefined && Number.isInteger(event.minutes) && event.minutes >= 1 && event.minutes <= 60 ? event.minutes : settings.snoozeMin;
      return {
        state: {
          ...state,
          nextBreakAt: now + minutes * MINUTE_MS,
          headsUpFor: null,
          alertPendingSince: null,
          held: state.held?.kind === 'break' ? null : state.held,
          snoozeCount: state.snoozeCount + 1,
        },
        effects: [{ type: 'clear-notifications' }, { type: 'stat', field: 'snoozed' }],
      };
    }

    case 'skip': {
      if (state.phase !== 'running' || !settings.breakEnabled || !breakIsDue(state)) return { state, effects: [] };
      return {
        state: {
          ...state,
          nextBreakAt: now + settings.breakIntervalMin * MINUTE_MS,
          headsUpFor: null,
          alertPendingSince: null,
          held: state.held?.kind === 'break' ? null : state.held,
          snoozeCount: 0,
        },
        effects: [{ type: 'clear-notifications' }, { type: 'stat', field: 'skipped' }],
      };
    }

    case 'break-complete':
    case 'break-partial':
      return breakReported(state, event, settings, now);

    case 'tick':
      return fireDue(state, settings, now, event.surroundings);

    case 'idle':
      return idleChange(state, settings, now, event);

    case 'settings-changed':
      return settingsChanged(state, event.previous, settings, now);
  }
}

function idleChange(
  state: TimerState,
  settings: Settings,
  now: number,
  event: Extract<TimerEvent, { type: 'idle' }>,
): StepResult {
  if (!settings.idleDetection) return fireDue({ ...state, idleSince: null }, settings, now, event.surroundings);
  if (event.idleState !== 'active') {
    if (state.idleSince !== null) return { state, effects: [] };
    // "Idle" is reported a detection interval after the last input; "locked" at once.
    const since = event.idleState === 'idle' ? now - IDLE_DETECTION_SEC * 1000 : now;
    return { state: { ...state, idleSince: since }, effects: [] };
  }
  if (state.idleSince === null) return fireDue(state, settings, now, event.surroundings);
  const awayMs = now - state.idleSince;
  const back: TimerState = { ...state, idleSince: null };
  if (back.phase === 'running' && awayMs >= settings.breakLengthMin * MINUTE_MS) {
    // Away long enough: that was a natural break. Everything restarts from now, without alerts.
    return {
      state: {
        ...scheduleFrom({ ...back, snoozeCount: 0 }, settings, now),
      },
      effects: [{ type: 'clear-notifications' }],
    };
  }
  // A short absence: anything that fell due while away is shown now, once.
  return fireDue(back, settings, now, event.surroundings);
}

function settingsChanged(state: TimerState, previous: Settings, settings: Settings, now: number): StepResult {
  if (state.phase !== 'running') return { state, effects: [] };
  let next = state;
  const breakChanged = previous.breakEnabled !== settings.breakEnabled || previous.breakIntervalMin !== settings.breakIntervalMin;
  const postureChanged = previous.postureEnabled !== settings.postureEnabled || previous.postureIntervalMin !== settings.postureIntervalMin;
  const hoursChanged =
    previous.workHoursEnabled !== settings.workHoursEnabled ||
    previous.workStartMin !== settings.workStartMin ||
    previous.workEndMin !== settings.workEndMin ||
    previous.workDays.join() !== settings.workDays.join();
  if (hoursChanged) return { state: scheduleFrom(next, settings, now), effects: [] };
  const base = nextWorkStart(settings, now) ?? now;
  if (breakChanged) {
    next = { ...next, nextBreakAt: settings.breakEnabled ? base + settings.breakIntervalMin * MINUTE_MS : null, headsUpFor: null };
    if (!settings.breakEnabled) next = { ...next, alertPendingSince: null, held: next.held?.kind === 'break' ? null : next.held };
  }
  if (postureChanged) {
    next = { ...next, nextPostureAt: settings.postureEnabled ? base + settings.postureIntervalMin * MINUTE_MS : null };
    if (!settings.postureEnabled && next.held?.kind === 'posture') next = { ...next, held: null };
  }
  if (!settings.dontInterrupt && next.held !== null) return fireDue(next, settings, now, { busy: false });
  return { state: next, effects: [] };
}

// ---------------------------------------------------------------------------
// Alarms: derived from the state, so the background can always recreate them

export const ALARM_BREAK = 'limber-break';
export const ALARM_POSTURE = 'limber-posture';
export const ALARM_HEADS_UP = 'limber-heads-up';
export const ALARM_RESUME = 'limber-resume';
export const ALARM_BREAK_END = 'limber-break-end';
/** Periodic: refreshes the badge and re-checks held alerts; also a watchdog for missed alarms. */
export const ALARM_TICK = 'limber-tick';
export const TICK_PERIOD_MIN = 0.5;

export interface PlannedAlarm {
  readonly name: string;
  readonly when: number;
}

/**
 * The one-shot alarms a state needs (the periodic tick is managed separately).
 * With `now`, times already past are left out: whatever is overdue (held by
 * "don't interrupt", waiting for the person to come back) is the tick's job,
 * and an alarm in the past would fire at once, again and again.
 */
export function alarmsFor(state: TimerState, settings: Settings, now?: number): PlannedAlarm[] {
  return plannedAlarms(state, settings).filter((alarm) => now === undefined || alarm.when > now);
}

function plannedAlarms(state: TimerState, settings: Settings): PlannedAlarm[] {
  const alarms: PlannedAlarm[] = [];
  if (state.phase === 'running') {
    if (state.nextBreakAt !== null) alarms.push({ name: ALARM_BREAK, when: state.nextBreakAt });
    if (state.nextPostureAt !== null) alarms.push({ name: ALARM_POSTURE, when: state.nextPostureAt });
    if (settings.headsUp && state.nextBreakAt !== null && state.headsUpFor !== state.nextBreakAt) {
      alarms.push({ name: ALARM_HEADS_UP, when: state.nextBreakAt - HEADS_UP_MS });
    }
  }
  if (state.phase === 'paused' && state.pausedUntil !== null) alarms.push({ name: ALARM_RESUME, when: state.pausedUntil });
  if (state.phase === 'on-break' && state.breakEndsAt !== null) alarms.push({ name: ALARM_BREAK_END, when: state.breakEndsAt + BREAK_GRACE_MS });
  return alarms;
}

/** The due time an alarm named `name` should carry in `state`; null when it should not exist. */
export function dueTimeOf(name: string, state: TimerState, settings: Settings): number | null {
  return plannedAlarms(state, settings).find((a) => a.name === name)?.when ?? null;
}

/** Whether the periodic tick alarm should run (badge refresh, held alerts, watchdog). */
export function needsTick(state: TimerState): boolean {
  return state.phase !== 'stopped';
}

// ---------------------------------------------------------------------------
// For the UI

export type TimerStatus = TimerPhase | 'outside-work-hours';

export interface TimerView {
  readonly status: TimerStatus;
  readonly nextBreakAt: number | null;
  readonly nextPostureAt: number | null;
  /** Remaining until each, never negative. */
  readonly breakInMs: number | null;
  readonly postureInMs: number | null;
  /** The full intervals, for a progress ring. */
  readonly breakIntervalMs: number;
  readonly postureIntervalMs: number;
  /** When paused: when it resumes by itself (null: until resumed). */
  readonly pausedUntil: number | null;
  /** When on break: when its planned length ends. */
  readonly breakEndsAt: number | null;
  /** A stretch-break alert is waiting for an answer (Snooze / Skip / Start). */
  readonly alertPending: boolean;
  readonly snoozesLeft: number;
  readonly canSnooze: boolean;
  /** An alert is held back by "don't interrupt". */
  readonly held: boolean;
  /** Away (idle or locked) since this time. */
  readonly idleSince: number | null;
}

/** Everything a surface needs to show the timer at `now`, from the stored state. */
export function describeTimer(state: TimerState, settings: Settings, now: number): TimerView {
  const remaining = (at: number | null): number | null => (at === null ? null : Math.max(0, at - now));
  const running = state.phase === 'running';
  const outside = running && !inWorkHours(settings, now);
  const snoozesLeft = Math.max(0, MAX_SNOOZES - state.snoozeCount);
  return {
    status: outside ? 'outside-work-hours' : state.phase,
    nextBreakAt: running ? state.nextBreakAt : null,
    nextPostureAt: running ? state.nextPostureAt : null,
    breakInMs: running ? remaining(state.nextBreakAt) : null,
    postureInMs: running ? remaining(state.nextPostureAt) : null,
    breakIntervalMs: settings.breakIntervalMin * MINUTE_MS,
    postureIntervalMs: settings.postureIntervalMin * MINUTE_MS,
    pausedUntil: state.phase === 'paused' ? state.pausedUntil : null,
    breakEndsAt: state.phase === 'on-break' ? state.breakEndsAt : null,
    alertPending: running && state.alertPendingSince !== null,
    snoozesLeft,
    canSnooze: running && settings.breakEnabled && snoozesLeft > 0 && state.nextBreakAt !== null,
    held: state.held !== null,
    idleSince: state.idleSince,
  };
}

/** The badge: minutes to the next stretch break ("12m", "<1m"; a held alert stays "<1m"), grey while paused or outside work hours, blank when stopped. */
export interface BadgeView {
  readonly text: string;
  readonly tone: 'active' | 'muted';
}

export function badgeFor(state: TimerState, settings: Settings, now: number): BadgeView {
  if (!settings.badgeEnabled || state.phase === 'stopped') return { text: '', tone: 'muted' };
  if (state.phase === 'paused') return { text: '||', tone: 'muted' };
  if (state.phase === 'on-break') return { text: '…', tone: 'active' };
  if (!inWorkHours(settings, now)) return { text: 'off', tone: 'muted' };
  const at = state.nextBreakAt;
  if (at === null) return { text: '', tone: 'muted' };
  const ms = at - now;
  if (ms < MINUTE_MS) return { text: '<1m', tone: 'active' };
  const minutes = Math.ceil(ms / MINUTE_MS);
  if (minutes >= 100 * 60) return { text: `${Math.floor(minutes / 60 / 24)}d`, tone: 'active' };
  if (minutes >= 100) return { text: `${Math.floor(minutes / 60)}h`, tone: 'active' };
  return { text: `${minutes}m`, tone: 'active' };
}
