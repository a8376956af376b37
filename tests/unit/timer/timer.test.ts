/**
 * The timer state machine, transition by transition. Times are local to a
 * zone with daylight saving time, so work hours and DST cases mean something.
 */
process.env.TZ = 'Europe/Berlin';

import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/shared/settings';
import {
  ALARM_BREAK,
  ALARM_BREAK_END,
  ALARM_HEADS_UP,
  ALARM_POSTURE,
  ALARM_RESUME,
  BREAK_GRACE_MS,
  INITIAL_TIMER_STATE,
  MAX_HOLD_MS,
  MAX_SNOOZES,
  MINUTE_MS,
  alarmsFor,
  badgeFor,
  describeTimer,
  dueTimeOf,
  hasDue,
  inWorkHours,
  needsTick,
  nextWorkStart,
  parseTimerState,
  pauseEnd,
  routineForLength,
  step,
  workEndAfter,
  type TimerEffect,
  type TimerEvent,
  type TimerState,
} from '../../../src/shared/timer';

const HOUR_MS = 60 * MINUTE_MS;
/** Monday 2026-06-15 10:00 local (Berlin, summer time). */
const MON_10 = new Date(2026, 5, 15, 10, 0).getTime();

const settingsWith = (overrides: Partial<Settings> = {}): Settings => ({ ...DEFAULT_SETTINGS, ...overrides });
const S = settingsWith();

/** Runs events in order, each at its own time, returning the final state and every effect. */
function run(start: TimerState, events: readonly [TimerEvent, number][], settings: Settings = S): { state: TimerState; effects: TimerEffect[] } {
  let state = start;
  const effects: TimerEffect[] = [];
  for (const [event, now] of events) {
    const result = step(state, event, settings, now);
    state = result.state;
    effects.push(...result.effects);
  }
  return { state, effects };
}

const started = (now = MON_10, settings: Settings = S): TimerState => step(INITIAL_TIMER_STATE, { type: 'start' }, settings, now).state;
const tick: TimerEvent = { type: 'tick' };
const notifications = (effects: readonly TimerEffect[]) => effects.filter((e) => e.type === 'notify');

describe('start, stop, reset', () => {
  it('starts both reminders one interval from now', () => {
    const { state, effects } = step(INITIAL_TIMER_STATE, { type: 'start' }, S, MON_10);
    expect(state.phase).toBe('running');
    expect(state.nextBreakAt).toBe(MON_10 + 45 * MINUTE_MS);
    expect(state.nextPostureAt).toBe(MON_10 + 20 * MINUTE_MS);
    expect(state.lastSeenAt).toBe(MON_10);
    expect(effects).toEqual([]);
  });

  it('leaves out a reminder that is turned off', () => {
    expect(started(MON_10, settingsWith({ breakEnabled: false })).nextBreakAt).toBeNull();
    expect(started(MON_10, settingsWith({ postureEnabled: false })).nextPostureAt).toBeNull();
  });

  it('does not restart a running timer', () => {
    const state = started();
    const again = step(state, { type: 'start' }, S, MON_10 + 5 * MINUTE_MS).state;
    expect(again.nextBreakAt).toBe(state.nextBreakAt);
  });

  it('starting a paused timer resumes it with fresh intervals', () => {
    const paused = step(started(), { type: 'pause', choice: 'until-resume' }, S, MON_10).state;
    const later = MON_10 + 2 * HOUR_MS;
    expect(step(paused, { type: 'start' }, S, later).state).toMatchObject({ phase: 'running', nextBreakAt: later + 45 * MINUTE_MS });
  });

  it('stops: nothing scheduled, alerts cleared, snoozes forgotten', () => {
    const snoozed = step(started(), { type: 'snooze' }, S, MON_10 + MINUTE_MS).state;
    const { state, effects } = step(snoozed, { type: 'stop' }, S, MON_10 + 2 * MINUTE_MS);
    expect(state).toMatchObject({ phase: 'stopped', nextBreakAt: null, nextPostureAt: null, snoozeCount: 0 });
    expect(effects).toEqual([{ type: 'clear-notifications' }]);
    expect(alarmsFor(state, S)).toEqual([]);
    expect(needsTick(state)).toBe(false);
  });

  it('reset restarts both intervals from now', () => {
    const later = MON_10 + 30 * MINUTE_MS;
    const { state } = step(started(), { type: 'reset' }, S, later);
    expect(state).toMatchObject({ phase: 'running', nextBreakAt: later + 45 * MINUTE_MS, nextPostureAt: later + 20 * MINUTE_MS });
  });

  it('reset of a stopped timer does nothing; of a paused one runs it', () => {
    expect(step(INITIAL_TIMER_STATE, { type: 'reset' }, S, MON_10)).toMatchObject({ state: { phase: 'stopped' }, effects: [] });
    const paused = step(started(), { type: 'pause', choice: '1h' }, S, MON_10).state;
    expect(step(paused, { type: 'reset' }, S, MON_10 + MINUTE_MS).state.phase).toBe('running');
  });
});

describe('pause and resume', () => {
  it.each([
    ['30m', MON_10 + 30 * MINUTE_MS],
    ['1h', MON_10 + HOUR_MS],
    ['tomorrow', new Date(2026, 5, 16, 8, 0).getTime()],
    ['until-resume', null],
  ] as const)('pause %s resumes by itself at the right time', (choice, until) => {
    const { state, effects } = step(started(), { type: 'pause', choice }, S, MON_10);
    expect(state).toMatchObject({ phase: 'paused', pausedAt: MON_10, pausedUntil: until, nextBreakAt: null, nextPostureAt: null });
    expect(effects).toEqual([{ type: 'clear-notifications' }]);
  });

  it('"until tomorrow" ends when work starts, when work hours are on', () => {
    const work = settingsWith({ workHoursEnabled: true, workStartMin: 7 * 60 + 30 });
    expect(pauseEnd('tomorrow', work, MON_10)).toBe(new Date(2026, 5, 16, 7, 30).getTime());
  });

  it('"until tomorrow" after midnight means the coming morning, not the day after', () => {
    // Tuesday 00:30 and 03:59: 08:00 the same day. From 04:00 on, the next day.
    expect(pauseEnd('tomorrow', S, new Date(2026, 5, 16, 0, 30).getTime())).toBe(new Date(2026, 5, 16, 8, 0).getTime());
    expect(pauseEnd('tomorrow', S, new Date(2026, 5, 16, 3, 59).getTime())).toBe(new Date(2026, 5, 16, 8, 0).getTime());
    expect(pauseEnd('tomorrow', S, new Date(2026, 5, 16, 4, 0).getTime())).toBe(new Date(2026, 5, 17, 8, 0).getTime());
    expect(pauseEnd('tomorrow', S, new Date(2026, 5, 15, 23, 0).getTime())).toBe(new Date(2026, 5, 16, 8, 0).getTime());
  });

  it('"until tomorrow" with work hours resumes with the next shift: a night shift paused at 02:00 resumes that evening', () => {
    const night = settingsWith({ workHoursEnabled: true, workStartMin: 22 * 60, workEndMin: 6 * 60, workDays: [1, 2, 3, 4, 5] });
    // Tuesday 02:00, in the shift that began Monday 22:00: Tuesday 22:00.
    expect(pauseEnd('tomorrow', night, new Date(2026, 5, 16, 2, 0).getTime())).toBe(new Date(2026, 5, 16, 22, 0).getTime());
    // Monday 23:00, early in a shift: the rest of it is skipped, Tuesday 22:00.
    expect(pauseEnd('tomorrow', night, new Date(2026, 5, 15, 23, 0).getTime())).toBe(new Date(2026, 5, 16, 22, 0).getTime());
  });

  it('"until tomorrow" on the last work day resumes when work next starts', () => {
    const work = settingsWith({ workHoursEnabled: true, workStartMin: 9 * 60, workEndMin: 17 * 60 + 30, workDays: [1, 2, 3, 4, 5] });
    // Friday 19 June 2026, 10:00: Monday 22 June, 09:00.
    expect(pauseEnd('tomorrow', work, new Date(2026, 5, 19, 10, 0).getTime())).toBe(new Date(2026, 5, 22, 9, 0).getTime());
  });

  it('a pause expires: the timer runs again with fresh intervals, and not before', () => {
    const paused = step(started(), { type: 'pause', choice: '30m' }, S, MON_10).state;
    expect(step(paused, tick, S, MON_10 + 29 * MINUTE_MS).state.phase).toBe('paused');
    const end = MON_10 + 30 * MINUTE_MS;
    const { state, effects } = step(paused, tick, S, end);
    expect(state).toMatchObject({ phase: 'running', nextBreakAt: end + 45 * MINUTE_MS, pausedAt: null, pausedUntil: null });
    expect(effects).toEqual([]);
  });

  it('an expired pause found hours late (the computer slept) resumes from the time it is noticed, without a burst', () => {
    const paused = step(started(), { type: 'pause', choice: '1h' }, S, MON_10).state;
    const late = MON_10 + 9 * HOUR_MS;
    const { state, effects } = step(paused, tick, S, late);
    expect(state.nextBreakAt).toBe(late + 45 * MINUTE_MS);
    expect(effects).toEqual([]);
  });

  it('"until I resume" never ends by itself', () => {
    const paused = step(started(), { type: 'pause', choice: 'until-resume' }, S, MON_10).state;
    expect(step(paused, tick, S, MON_10 + 30 * 24 * HOUR_MS).state.phase).toBe('paused');
    expect(alarmsFor(paused, S)).toEqual([]);
  });

  it('resume runs a paused timer from now; does nothing otherwise', () => {
    const paused = step(started(), { type: 'pause', choice: 'until-resume' }, S, MON_10).state;
    const later = MON_10 + 3 * HOUR_MS;
    expect(step(paused, { type: 'resume' }, S, later).state).toMatchObject({ phase: 'running', nextPostureAt: later + 20 * MINUTE_MS });
    const running = started();
    expect(step(running, { type: 'resume' }, S, later).state.nextBreakAt).toBe(running.nextBreakAt);
  });

  it('pausing a stopped timer does nothing', () => {
    expect(step(INITIAL_TIMER_STATE, { type: 'pause', choice: '1h' }, S, MON_10)).toMatchObject({ state: { phase: 'stopped' }, effects: [] });
  });

  it('no reminder fires while paused', () => {
    const paused = step(started(), { type: 'pause', choice: 'until-resume' }, S, MON_10).state;
    expect(step(paused, tick, S, MON_10 + 2 * HOUR_MS).effects).toEqual([]);
  });
});

describe('reminders falling due', () => {
  it('a posture check shows a tip and counts it, then plans the next', () => {
    const at = MON_10 + 20 * MINUTE_MS;
    const { state, effects } = step(started(), tick, S, at);
    expect(effects).toEqual([
      { type: 'notify', kind: 'posture', snoozesLeft: MAX_SNOOZES, quiet: false },
      { type: 'stat', field: 'postureShown' },
    ]);
    expect(state.nextPostureAt).toBe(at + 20 * MINUTE_MS);
    expect(state.nextBreakAt).toBe(MON_10 + 45 * MINUTE_MS);
  });

  it('a stretch break alerts once, stays pending, and plans the next one interval on', () => {
    const at = MON_10 + 45 * MINUTE_MS;
    const state0 = { ...started(), nextPostureAt: MON_10 + 60 * MINUTE_MS };
    const { state, effects } = step(state0, tick, S, at);
    expect(effects).toEqual([{ type: 'notify', kind: 'break', snoozesLeft: 3, quiet: false }]);
    expect(state.alertPendingSince).toBe(at);
    expect(state.nextBreakAt).toBe(at + 45 * MINUTE_MS);
    expect(describeTimer(state, S, at)).toMatchObject({ alertPending: true, canSnooze: true });
  });

  it('a posture check due with a stretch break is folded into it', () => {
    const state0 = { ...started(), nextPostureAt: MON_10 + 45 * MINUTE_MS };
    const { effects, state } = step(state0, tick, S, MON_10 + 45 * MINUTE_MS);
    expect(notifications(effects).map((e) => e.kind)).toEqual(['break']);
    expect(state.nextPostureAt).toBe(MON_10 + 65 * MINUTE_MS);
  });

  it('nothing fires before its time', () => {
    expect(step(started(), tick, S, MON_10 + 19 * MINUTE_MS).effects).toEqual([]);
  });

  it('a second wake-up at the same moment fires nothing more (no double alerts)', () => {
    const at = MON_10 + 45 * MINUTE_MS;
    const { effects } = run(started(), [
      [tick, at],
      [tick, at],
      [tick, at + 1000],
    ]);
    expect(notifications(effects)).toHaveLength(1);
  });

  it('after 8 hours asleep, the overdue break fires once and the schedule continues from waking', () => {
    const wake = MON_10 + 8 * HOUR_MS;
    const first = step(started(), tick, S, wake);
    expect(notifications(first.effects)).toEqual([{ type: 'notify', kind: 'break', snoozesLeft: 3, quiet: false }]);
    expect(first.state.nextBreakAt).toBe(wake + 45 * MINUTE_MS);
    expect(first.state.nextPostureAt).toBe(wake + 20 * MINUTE_MS);
    expect(step(first.state, tick, S, wake + 30_000).effects).toEqual([]);
  });

  it('an ignored alert comes back one interval later', () => {
    const at = MON_10 + 45 * MINUTE_MS;
    const { effects } = run({ ...started(), nextPostureAt: null }, [
      [tick, at],
      [tick, at + 45 * MINUTE_MS],
    ], settingsWith({ postureEnabled: false }));
    expect(notifications(effects).map((e) => e.kind)).toEqual(['break', 'break']);
  });

  it('a running timer with both reminders off plans nothing', () => {
    const off = settingsWith({ breakEnabled: false, postureEnabled: false });
    const state = started(MON_10, off);
    expect(alarmsFor(state, off)).toEqual([]);
    expect(step(state, tick, off, MON_10 + 10 * HOUR_MS).effects).toEqual([]);
  });
});

describe('heads-up', () => {
  const on = settingsWith({ headsUp: true, postureEnabled: false });

  it('comes once, a minute before the break, when the setting is on', () => {
    const state = started(MON_10, on);
    expect(alarmsFor(state, on)).toContainEqual({ name: ALARM_HEADS_UP, when: MON_10 + 44 * MINUTE_MS });
    const { effects, state: after } = run(state, [
      [tick, MON_10 + 44 * MINUTE_MS],
      [tick, MON_10 + 44 * MINUTE_MS + 30_000],
    ], on);
    expect(effects).toEqual([{ type: 'notify-heads-up', breakAt: MON_10 + 45 * MINUTE_MS }]);
    expect(alarmsFor(after, on).map((a) => a.name)).not.toContain(ALARM_HEADS_UP);
  });

  it('does not come when the setting is off (the default)', () => {
    const state = started();
    expect(alarmsFor(state, S).map((a) => a.name)).not.toContain(ALARM_HEADS_UP);
    expect(step(state, tick, S, MON_10 + 44 * MINUTE_MS + 10_000).effects.filter((e) => e.type === 'notify-heads-up')).toEqual([]);
  });

  it('is taken off the screen when its break will not come then: breaks turned off, or the interval changed', () => {
    const announced = run(started(MON_10, on), [[tick, MON_10 + 44 * MINUTE_MS]], on).state;
    const off = { ...on, breakEnabled: false };
    expect(step(announced, { type: 'settings-changed', previous: on }, off, MON_10 + 44 * MINUTE_MS + 10_000).effects).toContainEqual({ type: 'clear-notifications' });
    const longer = { ...on, breakIntervalMin: 60 };
    expect(step(announced, { type: 'settings-changed', previous: on }, longer, MON_10 + 44 * MINUTE_MS + 10_000).effects).toContainEqual({ type: 'clear-notifications' });
    // A change that leaves the break where it is leaves the heads-up too.
    const other = { ...on, snoozeMin: 5 };
    expect(step(announced, { type: 'settings-changed', previous: on }, other, MON_10 + 44 * MINUTE_MS + 10_000).effects).not.toContainEqual({ type: 'clear-notifications' });
    // And the break itself arriving is not a withdrawal: its alert is shown.
    const due = step(announced, tick, on, MON_10 + 45 * MINUTE_MS).effects;
    expect(due.filter((e) => e.type === 'notify')).toHaveLength(1);
  });

  it('comes again for a snoozed break', () => {
    const { effects } = run(started(MON_10, on), [
      [tick, MON_10 + 45 * MINUTE_MS],
      [{ type: 'snooze', minutes: 5 }, MON_10 + 46 * MINUTE_MS],
      [tick, MON_10 + 50 * MINUTE_MS],
    ], on);
    expect(effects.filter((e) => e.type === 'notify-heads-up')).toEqual([{ type: 'notify-heads-up', breakAt: MON_10 + 51 * MINUTE_MS }]);
  });
});

describe('snooze and skip', () => {
  const alerted = (): TimerState => step({ ...started(), nextPostureAt: null }, tick, settingsWith({ postureEnabled: false }), MON_10 + 45 * MINUTE_MS).state;
  const noPosture = settingsWith({ postureEnabled: false });
  const at = MON_10 + 46 * MINUTE_MS;

  it('snooze moves the break by the snooze setting (default 10 min), counts it and clears the alert', () => {
    const { state, effects } = step(alerted(), { type: 'snooze' }, noPosture, at);
    expect(state).toMatchObject({ nextBreakAt: at + 10 * MINUTE_MS, snoozeCount: 1, alertPendingSince: null });
    expect(effects).toEqual([{ type: 'clear-notifications' }, { type: 'stat', field: 'snoozed' }]);
  });

  it.each([5, 10, 15])('snooze for %i minutes', (minutes) => {
    expect(step(alerted(), { type: 'snooze', minutes }, noPosture, at).state.nextBreakAt).toBe(at + minutes * MINUTE_MS);
  });

  it.each([0, -5, 1.5, 61, Number.NaN])('an odd snooze length (%s) falls back to the setting', (minutes) => {
    expect(step(alerted(), { type: 'snooze', minutes }, settingsWith({ postureEnabled: false, snoozeMin: 7 }), at).state.nextBreakAt).toBe(at + 7 * MINUTE_MS);
  });

  it('allows three snoozes in a row; the next alert says so and a fourth snooze is refused', () => {
    let state = alerted();
    let now = at;
    const alerts: TimerEffect[] = [];
    for (let i = 0; i < MAX_SNOOZES; i++) {
      state = step(state, { type: 'snooze' }, noPosture, now).state;
      now = state.nextBreakAt ?? 0;
      const fired = step(state, tick, noPosture, now);
      alerts.push(...notifications(fired.effects));
      state = fired.state;
    }
    expect(alerts).toEqual([
      { type: 'notify', kind: 'break', snoozesLeft: 2, quiet: false },
      { type: 'notify', kind: 'break', snoozesLeft: 1, quiet: false },
      { type: 'notify', kind: 'break', snoozesLeft: 0, quiet: false },
    ]);
    expect(describeTimer(state, noPosture, now)).toMatchObject({ canSnooze: false, snoozesLeft: 0 });
    const refused = step(state, { type: 'snooze' }, noPosture, now + 1000);
    expect(refused.effects).toEqual([]);
    expect(refused.state.nextBreakAt).toBe(state.nextBreakAt);
  });

  it('is refused when no break is due: it would bring the break nearer (an alert left on screen, a message sent twice)', () => {
    const running = step(started(), { type: 'snooze', minutes: 5 }, noPosture, MON_10 + MINUTE_MS);
    expect(running.effects).toEqual([]);
    expect(running.state.nextBreakAt).toBe(MON_10 + 45 * MINUTE_MS);
    const snoozed = step(alerted(), { type: 'snooze' }, noPosture, at).state;
    expect(step(snoozed, { type: 'snooze' }, noPosture, at + 1).state).toMatchObject({ nextBreakAt: snoozed.nextBreakAt, snoozeCount: 1 });
    expect(step(snoozed, { type: 'skip' }, noPosture, at + 1).effects).toEqual([]);
  });

  it('the snooze count starts again after a break, a skip, a reset or a resume', () => {
    let three = alerted();
    let now = at;
    for (let i = 0; i < MAX_SNOOZES; i++) {
      three = step(three, { type: 'snooze' }, noPosture, now).state;
      now = three.nextBreakAt ?? 0;
      three = step(three, tick, noPosture, now).state; // the alert again
    }
    expect(three.snoozeCount).toBe(3);
    expect(step(three, { type: 'skip' }, noPosture, now + 3).state.snoozeCount).toBe(0);
    expect(step(three, { type: 'reset' }, noPosture, now + 3).state.snoozeCount).toBe(0);
    const onBreak = step(three, { type: 'stretch-now' }, noPosture, now + 3).state;
    expect(step(onBreak, { type: 'break-complete', secondsStretched: 120 }, noPosture, now + 4).state.snoozeCount).toBe(0);
    const paused = step(three, { type: 'pause', choice: 'until-resume' }, noPosture, now + 3).state;
    expect(step(paused, { type: 'resume' }, noPosture, now + 4).state.snoozeCount).toBe(0);
  });

  it('skip puts the next break a full interval away and counts it', () => {
    const { state, effects } = step(alerted(), { type: 'skip' }, noPosture, at);
    expect(state).toMatchObject({ nextBreakAt: at + 45 * MINUTE_MS, alertPendingSince: null, snoozeCount: 0 });
    expect(effects).toEqual([{ type: 'clear-notifications' }, { type: 'stat', field: 'skipped' }]);
  });

  it('snooze and skip do nothing unless the timer runs with breaks on', () => {
    expect(step(INITIAL_TIMER_STATE, { type: 'snooze' }, S, at).effects).toEqual([]);
    expect(step(INITIAL_TIMER_STATE, { type: 'skip' }, S, at).effects).toEqual([]);
    const off = settingsWith({ breakEnabled: false });
    expect(step(started(MON_10, off), { type: 'snooze' }, off, at).effects).toEqual([]);
  });
});

describe('breaks', () => {
  it('stretch now starts a break with the routine for the break length and opens the page', () => {
    const { state, effects } = step(started(), { type: 'stretch-now' }, S, MON_10 + MINUTE_MS);
    expect(state).toMatchObject({
      phase: 'on-break',
      breakStartedAt: MON_10 + MINUTE_MS,
      breakEndsAt: MON_10 + 4 * MINUTE_MS,
      breakRoutineId: 'desk-2',
      nextBreakAt: null,
      nextPostureAt: null,
    });
    expect(effects).toEqual([{ type: 'clear-notifications' }, { type: 'open-break', routineId: 'desk-2', breakId: MON_10 + MINUTE_MS }]);
    expect(alarmsFor(state, S)).toEqual([{ name: ALARM_BREAK_END, when: MON_10 + 4 * MINUTE_MS + BREAK_GRACE_MS }]);
  });

  it.each([
    [1, 'desk-2'],
    [3, 'desk-2'],
    [5, 'morning-5'],
    [7, 'morning-5'],
    [10, 'full-10'],
    [30, 'full-10'],
  ] as const)('a %i-minute break uses %s', (minutes, routine) => {
    expect(routineForLength(minutes)).toBe(routine);
  });

  it('stretching while stopped or paused opens the page and leaves the timer as it was', () => {
    expect(step(INITIAL_TIMER_STATE, { type: 'stretch-now' }, S, MON_10)).toEqual({
      state: { ...INITIAL_TIMER_STATE, lastSeenAt: MON_10 },
      effects: [{ type: 'open-break', routineId: 'desk-2' }],
    });
    const paused = step(started(), { type: 'pause', choice: '1h' }, S, MON_10).state;
    expect(step(paused, { type: 'stretch-now' }, S, MON_10 + 1).state.phase).toBe('paused');
  });

  it('no reminder fires during a break', () => {
    const onBreak = step(started(), { type: 'stretch-now' }, S, MON_10).state;
    expect(step(onBreak, tick, S, MON_10 + 3 * MINUTE_MS).effects).toEqual([]);
  });

  it('completing logs the break and its minutes and restarts the schedule', () => {
    const onBreak = step(started(), { type: 'stretch-now' }, S, MON_10).state;
    const end = MON_10 + 2 * MINUTE_MS;
    const { state, effects } = step(onBreak, { type: 'break-complete', secondsStretched: 125, breakId: onBreak.breakId! }, S, end);
    expect(state).toMatchObject({ phase: 'running', nextBreakAt: end + 45 * MINUTE_MS, breakStartedAt: null });
    expect(effects).toEqual([{ type: 'stat', field: 'completed', minutes: 2.1 }]);
  });

  it('leaving early logs a partial break', () => {
    const onBreak = step(started(), { type: 'stretch-now' }, S, MON_10).state;
    const { state, effects } = step(onBreak, { type: 'break-partial', secondsStretched: 30, breakId: onBreak.breakId! }, S, MON_10 + 40_000);
    expect(state.phase).toBe('running');
    expect(effects).toEqual([{ type: 'stat', field: 'partial', minutes: 0.5 }]);
  });

  it('a break nobody reports back on ends by itself after the grace time, unlogged', () => {
    const onBreak = step(started(), { type: 'stretch-now' }, S, MON_10).state;
    const end = (onBreak.breakEndsAt ?? 0) + BREAK_GRACE_MS;
    expect(step(onBreak, tick, S, end - 1).state.phase).toBe('on-break');
    const { state, effects } = step(onBreak, tick, S, end);
    expect(state).toMatchObject({ phase: 'running', nextBreakAt: end + 45 * MINUTE_MS });
    expect(effects).toEqual([]);
  });

  it('a break from a stopped timer is logged and the timer stays stopped', () => {
    const { state, effects } = step(INITIAL_TIMER_STATE, { type: 'break-complete', secondsStretched: 60 }, S, MON_10);
    expect(state.phase).toBe('stopped');
    expect(effects).toEqual([{ type: 'stat', field: 'completed', minutes: 1 }]);
  });

  it("a closing page's late word about a break that has ended is not a second break", () => {
    const running = started();
    const late = step(running, { type: 'break-partial', secondsStretched: 60, breakId: MON_10 - MINUTE_MS }, S, MON_10);
    expect(late.state).toEqual({ ...running, lastSeenAt: late.state.lastSeenAt });
    expect(late.effects).toEqual([]);
  });

  it('a routine finished on a page still open after its break ended (reloaded, restored, reopened) counts, as a stretch opened by hand', () => {
    const running = started();
    const done = step(running, { type: 'break-complete', secondsStretched: 120, breakId: MON_10 - 5 * MINUTE_MS }, S, MON_10);
    expect(done.effects).toEqual([{ type: 'stat', field: 'completed', minutes: 2 }]);
    expect(done.state).toMatchObject({ phase: 'running', nextBreakAt: MON_10 + 45 * MINUTE_MS });
  });

  it('a stretch opened by hand: leaving early counts a partial and leaves the schedule; finishing counts and restarts it', () => {
    const running = started();
    const left = step(running, { type: 'break-partial', secondsStretched: 60 }, S, MON_10 + 5 * MINUTE_MS);
    expect(left.effects).toEqual([{ type: 'stat', field: 'partial', minutes: 1 }]);
    expect(left.state.nextBreakAt).toBe(running.nextBreakAt);
    const done = step(running, { type: 'break-complete', secondsStretched: 60 }, S, MON_10 + 5 * MINUTE_MS);
    expect(done.effects).toEqual([{ type: 'stat', field: 'completed', minutes: 1 }]);
    expect(done.state.nextBreakAt).toBe(MON_10 + 50 * MINUTE_MS);
  });

  it("a stretch opened by hand during the timer's break is counted and leaves that break on", () => {
    const onBreak = step(started(), { type: 'stretch-now' }, S, MON_10).state;
    for (const type of ['break-complete', 'break-partial'] as const) {
      const tried = step(onBreak, { type, secondsStretched: 30 }, S, MON_10 + MINUTE_MS);
      expect(tried.state).toEqual({ ...onBreak, lastSeenAt: MON_10 + MINUTE_MS });
      expect(tried.effects).toEqual([{ type: 'stat', field: type === 'break-complete' ? 'completed' : 'partial', minutes: 0.5 }]);
    }
  });

  it('"Stretch now" during a break brings its page back and starts no second break; pausing does nothing until it ends', () => {
    const onBreak = step(started(), { type: 'stretch-now' }, S, MON_10).state;
    const again = step(onBreak, { type: 'stretch-now' }, S, MON_10 + 2000);
    expect(again.state).toEqual({ ...onBreak, lastSeenAt: MON_10 + 2000 });
    expect(again.effects).toEqual([{ type: 'open-break', routineId: 'desk-2', breakId: MON_10 }]);
    const pause = step(onBreak, { type: 'pause', choice: 'until-resume' }, S, MON_10 + 3000);
    expect(pause.state).toEqual({ ...onBreak, lastSeenAt: MON_10 + 3000 });
    expect(pause.effects).toEqual([]);
  });

  it("a late report from an earlier break's page does not end the break now on; its own page's report does", () => {
    const first = step(started(), { type: 'stretch-now' }, S, MON_10);
    const firstId = first.state.breakId!;
    const ended = step(first.state, { type: 'break-partial', secondsStretched: 5, breakId: firstId }, S, MON_10 + 10_000).state;
    const second = step(ended, { type: 'stretch-now' }, S, MON_10 + 12_000);
    const secondId = second.state.breakId!;
    expect(second.effects).toContainEqual({ type: 'open-break', routineId: 'desk-2', breakId: secondId });
    // The first page's report arrives again, late (sent twice, or by the page and for it).
    const late = step(second.state, { type: 'break-partial', secondsStretched: 5, breakId: firstId }, S, MON_10 + 13_000);
    expect(late.state.phase).toBe('on-break');
    expect(late.effects).toEqual([]);
    const own = step(late.state, { type: 'break-complete', secondsStretched: 120, breakId: secondId }, S, MON_10 + 135_000);
    expect(own.state.phase).toBe('running');
    expect(own.effects).toEqual([{ type: 'stat', field: 'completed', minutes: 2 }]);
  });

  it('garbage stretch seconds log no minutes', () => {
    const { effects } = step(started(), { type: 'break-complete', secondsStretched: Number.NaN }, S, MON_10);
    expect(effects).toEqual([{ type: 'stat', field: 'completed', minutes: 0 }]);
  });
});

describe('idle: a natural break', () => {
  const idle: TimerEvent = { type: 'idle', idleState: 'idle' };
  const locked: TimerEvent = { type: 'idle', idleState: 'locked' };
  const active: TimerEvent = { type: 'idle', idleState: 'active' };

  it('"idle" dates the absence from the last input, a detection interval earlier', () => {
    expect(step(started(), idle, S, MON_10 + 5 * MINUTE_MS).state.idleSince).toBe(MON_10 + 4 * MINUTE_MS);
    expect(step(started(), locked, S, MON_10 + 5 * MINUTE_MS).state.idleSince).toBe(MON_10 + 5 * MINUTE_MS);
  });

  it('away at least the break length: everything restarts from the return, with no alert', () => {
    const back = MON_10 + 50 * MINUTE_MS;
    const { state, effects } = run(started(), [
      [idle, MON_10 + 40 * MINUTE_MS],
      [tick, MON_10 + 45 * MINUTE_MS],
      [tick, MON_10 + 46 * MINUTE_MS],
      [active, back],
    ]);
    expect(notifications(effects)).toEqual([]);
    expect(state).toMatchObject({ idleSince: null, nextBreakAt: back + 45 * MINUTE_MS, nextPostureAt: back + 20 * MINUTE_MS, snoozeCount: 0 });
  });

  it('a short absence over a due break: the alert shows once on return, never as a burst', () => {
    const { effects } = run({ ...started(), nextPostureAt: MON_10 + 44 * MINUTE_MS }, [
      [idle, MON_10 + 44 * MINUTE_MS + 30_000], // idle since 43:30
      [tick, MON_10 + 44 * MINUTE_MS + 40_000],
      [tick, MON_10 + 45 * MINUTE_MS],
      [tick, MON_10 + 45 * MINUTE_MS + 30_000],
      [active, MON_10 + 45 * MINUTE_MS + 50_000], // away 2m20s, break length 3
    ]);
    expect(notifications(effects).map((e) => e.kind)).toEqual(['break']);
  });

  it('a locked screen through the whole night is a natural break, not an alert in the morning', () => {
    const morning = MON_10 + 20 * HOUR_MS;
    const { effects, state } = run(started(), [
      [locked, MON_10 + 10 * MINUTE_MS],
      [tick, MON_10 + 8 * HOUR_MS],
      [active, morning],
    ]);
    expect(notifications(effects)).toEqual([]);
    expect(state.nextBreakAt).toBe(morning + 45 * MINUTE_MS);
  });

  it('a second "idle" report keeps the first start', () => {
    const state = run(started(), [
      [idle, MON_10 + 5 * MINUTE_MS],
      [locked, MON_10 + 9 * MINUTE_MS],
    ]).state;
    expect(state.idleSince).toBe(MON_10 + 4 * MINUTE_MS);
  });

  it('does nothing when idle detection is off', () => {
    const off = settingsWith({ idleDetection: false });
    const { effects } = run(started(MON_10, off), [
      [idle, MON_10 + 40 * MINUTE_MS],
      [tick, MON_10 + 45 * MINUTE_MS],
    ], off);
    expect(notifications(effects).map((e) => e.kind)).toEqual(['posture', 'break']);
  });

  it('plans no alarm in the past while away (the tick takes over), so nothing fires over and over', () => {
    const away = run(started(), [[idle, MON_10 + 44 * MINUTE_MS], [tick, MON_10 + 45 * MINUTE_MS]]).state;
    const now = MON_10 + 46 * MINUTE_MS;
    expect(alarmsFor(away, S, now).every((a) => a.when > now)).toBe(true);
    expect(alarmsFor(away, S)).toContainEqual({ name: ALARM_BREAK, when: MON_10 + 45 * MINUTE_MS });
  });
});

describe("don't interrupt", () => {
  const busy: TimerEvent = { type: 'tick', surroundings: { busy: true } };
  const free: TimerEvent = { type: 'tick', surroundings: { busy: false } };
  const due = MON_10 + 45 * MINUTE_MS;
  const noPosture = settingsWith({ postureEnabled: false });
  const s0 = (): TimerState => started(MON_10, noPosture);

  it('holds an alert while busy and delivers it once when that ends', () => {
    const held = step(s0(), busy, noPosture, due);
    expect(held.effects).toEqual([]);
    expect(held.state.held).toEqual({ kind: 'break', since: due });
    expect(hasDue(held.state, due + MINUTE_MS)).toBe(true);
    const { effects, state } = run(held.state, [
      [busy, due + 5 * MINUTE_MS],
      [free, due + 6 * MINUTE_MS],
      [free, due + 7 * MINUTE_MS],
    ], noPosture);
    expect(effects).toEqual([{ type: 'notify', kind: 'break', snoozesLeft: 3, quiet: false }]);
    expect(state.held).toBeNull();
  });

  it('delivers quietly after 30 minutes held', () => {
    const { effects } = run(s0(), [
      [busy, due],
      [busy, due + MAX_HOLD_MS - 1],
      [busy, due + MAX_HOLD_MS],
    ], noPosture);
    expect(effects).toEqual([{ type: 'notify', kind: 'break', snoozesLeft: 3, quiet: true }]);
  });

  it('holds posture checks too', () => {
    const state = started();
    const { effects } = run(state, [
      [busy, MON_10 + 20 * MINUTE_MS],
      [free, MON_10 + 25 * MINUTE_MS],
    ]);
    expect(notifications(effects)).toEqual([{ type: 'notify', kind: 'posture', snoozesLeft: 3, quiet: false }]);
  });

  it('is ignored when the setting is off', () => {
    const off = settingsWith({ dontInterrupt: false, postureEnabled: false });
    expect(notifications(step(started(MON_10, off), busy, off, due).effects)).toHaveLength(1);
  });

  it('turning the setting off delivers what is held', () => {
    const held = step(s0(), busy, noPosture, due).state;
    const off = settingsWith({ dontInterrupt: false, postureEnabled: false });
    const { effects } = step(held, { type: 'settings-changed', previous: noPosture }, off, due + MINUTE_MS);
    expect(notifications(effects)).toHaveLength(1);
  });

  it('a snooze drops a held break', () => {
    const held = step(s0(), busy, noPosture, due).state;
    expect(step(held, { type: 'snooze' }, noPosture, due + 1).state.held).toBeNull();
  });
});

describe('work hours', () => {
  const work = settingsWith({ workHoursEnabled: true }); // Mon–Fri 09:00–17:30
  const at = (y: number, m: number, d: number, h: number, min = 0): number => new Date(y, m - 1, d, h, min).getTime();

  it('knows when it is inside them', () => {
    expect(inWorkHours(work, at(2026, 6, 15, 10))).toBe(true); // Monday
    expect(inWorkHours(work, at(2026, 6, 15, 8, 59))).toBe(false);
    expect(inWorkHours(work, at(2026, 6, 15, 17, 30))).toBe(false);
    expect(inWorkHours(work, at(2026, 6, 13, 10))).toBe(false); // Saturday
    expect(inWorkHours(S, at(2026, 6, 13, 3))).toBe(true); // off: always
  });

  it('handles a shift across midnight (22:00–06:00, Monday to Friday nights)', () => {
    const night = settingsWith({ workHoursEnabled: true, workStartMin: 22 * 60, workEndMin: 6 * 60 });
    expect(inWorkHours(night, at(2026, 6, 15, 23))).toBe(true); // Monday night
    expect(inWorkHours(night, at(2026, 6, 16, 3))).toBe(true); // Tuesday early: Monday's shift
    expect(inWorkHours(night, at(2026, 6, 15, 3))).toBe(false); // Monday early: Sunday's shift, not a work day
    expect(inWorkHours(night, at(2026, 6, 20, 3))).toBe(true); // Saturday early: Friday's shift
    expect(inWorkHours(night, at(2026, 6, 20, 23))).toBe(false); // Saturday night
    expect(inWorkHours(night, at(2026, 6, 16, 12))).toBe(false);
    expect(nextWorkStart(night, at(2026, 6, 16, 12))).toBe(at(2026, 6, 16, 22));
    expect(workEndAfter(night, at(2026, 6, 15, 23))).toBe(at(2026, 6, 16, 6));
    expect(workEndAfter(night, at(2026, 6, 16, 3))).toBe(at(2026, 6, 16, 6));
  });

  it('finds the next start: Friday evening → Monday morning', () => {
    expect(nextWorkStart(work, at(2026, 6, 19, 18))).toBe(at(2026, 6, 22, 9));
    expect(nextWorkStart(work, at(2026, 6, 15, 7))).toBe(at(2026, 6, 15, 9));
    expect(nextWorkStart(work, at(2026, 6, 15, 10))).toBe(at(2026, 6, 15, 10));
    expect(workEndAfter(work, at(2026, 6, 15, 10))).toBe(at(2026, 6, 15, 17, 30));
    expect(nextWorkStart(settingsWith({ workHoursEnabled: true, workDays: [] }), at(2026, 6, 15, 10))).toBeNull();
  });

  it('started outside them, the first reminders come an interval after work starts', () => {
    const state = started(at(2026, 6, 15, 7), work);
    expect(state.nextBreakAt).toBe(at(2026, 6, 15, 9, 45));
    expect(state.nextPostureAt).toBe(at(2026, 6, 15, 9, 20));
    expect(describeTimer(state, work, at(2026, 6, 15, 7)).status).toBe('outside-work-hours');
    expect(badgeFor(state, work, at(2026, 6, 15, 7))).toEqual({ text: 'off', tone: 'muted' });
  });

  it('a reminder falling due after hours is held until the next work day, silently', () => {
    const state = { ...started(at(2026, 6, 19, 17), work), nextPostureAt: null };
    const { effects, state: after } = step(state, tick, work, at(2026, 6, 19, 17, 45)); // Friday, after 17:30
    expect(effects).toEqual([]);
    expect(after.nextBreakAt).toBe(at(2026, 6, 22, 9, 45));
    expect(after.nextPostureAt).toBe(at(2026, 6, 22, 9, 20));
  });

  it('with no work days at all, nothing is planned and nothing fires', () => {
    const never = settingsWith({ workHoursEnabled: true, workDays: [] });
    const state = started(MON_10, never);
    expect(state).toMatchObject({ phase: 'running', nextBreakAt: null, nextPostureAt: null });
    expect(step(state, tick, never, MON_10 + 10 * HOUR_MS).effects).toEqual([]);
    expect(alarmsFor(state, never)).toEqual([]);
  });

  it('changing the hours re-plans the schedule', () => {
    const state = started(at(2026, 6, 15, 8), S);
    const { state: after } = step(state, { type: 'settings-changed', previous: S }, work, at(2026, 6, 15, 8));
    expect(after.nextBreakAt).toBe(at(2026, 6, 15, 9, 45));
  });
});

describe('daylight saving time (Europe/Berlin)', () => {
  it('intervals are real minutes across the spring change (02:00 → 03:00)', () => {
    const before = new Date(2026, 2, 29, 1, 40).getTime();
    const state = started(before);
    expect(state.nextBreakAt! - before).toBe(45 * MINUTE_MS);
    expect(new Date(state.nextBreakAt!).getHours()).toBe(3); // 01:40 + 45 min = 03:25 summer time
    expect(notifications(step(state, tick, S, state.nextBreakAt!).effects).map((e) => e.kind)).toContain('break');
  });

  it('intervals are real minutes across the autumn change (03:00 → 02:00)', () => {
    const before = new Date(2026, 9, 25, 1, 50).getTime();
    const state = started(before);
    const due = state.nextBreakAt!;
    expect(due - before).toBe(45 * MINUTE_MS);
    const breaks = (now: number) => notifications(step(state, tick, S, now).effects).filter((e) => e.kind === 'break');
    expect(breaks(due - 1000)).toEqual([]);
    expect(breaks(due)).toHaveLength(1);
  });

  it('"until tomorrow" ends at 08:00 local even when the night is an hour short or long', () => {
    const spring = new Date(2026, 2, 28, 22, 0).getTime();
    expect(pauseEnd('tomorrow', S, spring)).toBe(new Date(2026, 2, 29, 8, 0).getTime());
    expect(pauseEnd('tomorrow', S, spring)! - spring).toBe(9 * HOUR_MS); // 10 wall-clock hours, 9 real
    const autumn = new Date(2026, 9, 24, 22, 0).getTime();
    expect(pauseEnd('tomorrow', S, autumn)! - autumn).toBe(11 * HOUR_MS);
  });

  it('work starts at 09:00 local on the Monday after each change', () => {
    const work = settingsWith({ workHoursEnabled: true });
    expect(new Date(nextWorkStart(work, new Date(2026, 2, 28, 12).getTime())!).getHours()).toBe(9);
    expect(nextWorkStart(work, new Date(2026, 9, 24, 12).getTime())).toBe(new Date(2026, 9, 26, 9).getTime());
  });

  it('a night shift across the spring change keeps its hours', () => {
    const night = settingsWith({ workHoursEnabled: true, workStartMin: 22 * 60, workEndMin: 6 * 60, workDays: [0, 1, 2, 3, 4, 5, 6] });
    expect(inWorkHours(night, new Date(2026, 2, 29, 3, 30).getTime())).toBe(true);
    expect(workEndAfter(night, new Date(2026, 2, 29, 1, 0).getTime())).toBe(new Date(2026, 2, 29, 6, 0).getTime());
  });
});

describe('the clock set backwards', () => {
  it('keeps what remained of each wait and fires nothing', () => {
    const state = step(started(), tick, S, MON_10 + 10 * MINUTE_MS).state; // break in 35 min, posture in 10
    const back = MON_10 + 10 * MINUTE_MS - 2 * HOUR_MS;
    const { state: after, effects } = step(state, tick, S, back);
    expect(effects).toEqual([]);
    expect(after.nextBreakAt! - back).toBe(35 * MINUTE_MS);
    expect(after.nextPostureAt! - back).toBe(10 * MINUTE_MS);
    expect(after.lastSeenAt).toBe(back);
  });

  it('keeps a pause’s remaining time too', () => {
    const paused = step(started(), { type: 'pause', choice: '1h' }, S, MON_10).state;
    const back = MON_10 - 3 * HOUR_MS;
    const { state } = step(paused, tick, S, back);
    expect(state.phase).toBe('paused');
    expect(state.pausedUntil! - back).toBe(HOUR_MS);
  });

  it('a break goes on with the time it had left; its page, naming it as it began, brings it back and ends it, logged once', () => {
    const onBreak = step(started(), { type: 'stretch-now' }, S, MON_10).state; // 3 minutes, until 10:03
    const seen = step(onBreak, tick, S, MON_10 + MINUTE_MS).state;
    const back = MON_10 + MINUTE_MS - HOUR_MS; // a minute in, the clock goes back an hour
    const { state, effects } = step(seen, tick, S, back);
    expect(effects).toEqual([]);
    expect(state).toMatchObject({ phase: 'on-break', breakId: MON_10, breakEndsAt: back + 2 * MINUTE_MS });
    expect(step(state, { type: 'stretch-now' }, S, back + 1000).effects).toEqual([{ type: 'open-break', routineId: 'desk-2', breakId: MON_10 }]);
    const done = run(state, [
      [{ type: 'break-complete', secondsStretched: 180, breakId: MON_10 }, back + 2 * MINUTE_MS],
      // The same page's word as it closes is not a second break.
      [{ type: 'break-partial', secondsStretched: 180, breakId: MON_10 }, back + 2 * MINUTE_MS + 1000],
    ]);
    expect(done.state).toMatchObject({ phase: 'running', nextBreakAt: back + 47 * MINUTE_MS, breakId: null });
    expect(done.effects).toEqual([{ type: 'stat', field: 'completed', minutes: 3 }]);
  });

  it('ignores jitter of a few seconds', () => {
    const state = step(started(), tick, S, MON_10 + 10 * MINUTE_MS).state;
    expect(step(state, tick, S, MON_10 + 10 * MINUTE_MS - 2000).state.nextBreakAt).toBe(state.nextBreakAt);
  });

  it('a clock set forward looks like a sleep: what is due fires once', () => {
    const { effects } = run(started(), [
      [tick, MON_10 + 5 * HOUR_MS],
      [tick, MON_10 + 5 * HOUR_MS + 30_000],
    ]);
    expect(notifications(effects)).toHaveLength(1);
  });
});

describe('settings changes', () => {
  const later = MON_10 + 10 * MINUTE_MS;

  it('a new break interval re-plans the break from now, leaving posture alone', () => {
    const { state } = step(started(), { type: 'settings-changed', previous: S }, settingsWith({ breakIntervalMin: 30 }), later);
    expect(state.nextBreakAt).toBe(later + 30 * MINUTE_MS);
    expect(state.nextPostureAt).toBe(MON_10 + 20 * MINUTE_MS);
  });

  it('turning posture checks off removes them and their alarm; on again plans them', () => {
    const off = settingsWith({ postureEnabled: false });
    const { state } = step(started(), { type: 'settings-changed', previous: S }, off, later);
    expect(state.nextPostureAt).toBeNull();
    expect(alarmsFor(state, off).map((a) => a.name)).toEqual([ALARM_BREAK]);
    const again = step(state, { type: 'settings-changed', previous: off }, S, later + MINUTE_MS).state;
    expect(again.nextPostureAt).toBe(later + 21 * MINUTE_MS);
  });

  it('turning breaks off forgets a pending alert and withdraws it from the screen', () => {
    const alerted = step(started(), tick, S, MON_10 + 45 * MINUTE_MS).state;
    const { state, effects } = step(alerted, { type: 'settings-changed', previous: S }, settingsWith({ breakEnabled: false }), MON_10 + 46 * MINUTE_MS);
    expect(state).toMatchObject({ nextBreakAt: null, alertPendingSince: null });
    expect(effects).toEqual([{ type: 'clear-notifications' }]);
  });

  it('changing work hours re-plans from now and withdraws a waiting alert', () => {
    const alerted = step(started(), tick, S, MON_10 + 45 * MINUTE_MS).state;
    const work = settingsWith({ workHoursEnabled: true, workStartMin: 11 * 60 });
    const { state, effects } = step(alerted, { type: 'settings-changed', previous: S }, work, MON_10 + 46 * MINUTE_MS);
    expect(state).toMatchObject({ alertPendingSince: null, nextBreakAt: MON_10 + HOUR_MS + 45 * MINUTE_MS });
    expect(effects).toEqual([{ type: 'clear-notifications' }]);
  });

  it('an alert forgotten otherwise is withdrawn too: the work day ends, a stretch opened by hand is finished', () => {
    const work = settingsWith({ workHoursEnabled: true, postureEnabled: false }); // Mon–Fri 09:00–17:30
    const afternoon = new Date(2026, 5, 15, 16, 0).getTime();
    const alerted = step(started(afternoon, work), tick, work, afternoon + 45 * MINUTE_MS).state;
    expect(alerted.alertPendingSince).toBe(afternoon + 45 * MINUTE_MS);
    expect(step(alerted, tick, work, new Date(2026, 5, 15, 17, 31).getTime()).effects).toEqual([{ type: 'clear-notifications' }]);
    const stretched = step(alerted, { type: 'break-complete', secondsStretched: 120 }, work, afternoon + 47 * MINUTE_MS);
    expect(stretched.effects).toEqual([{ type: 'clear-notifications' }, { type: 'stat', field: 'completed', minutes: 2 }]);
  });

  it('a change that leaves the alert waiting withdraws nothing', () => {
    const alerted = step(started(), tick, S, MON_10 + 45 * MINUTE_MS).state;
    for (const changed of [settingsWith({ breakIntervalMin: 30 }), settingsWith({ postureEnabled: false }), settingsWith({ badgeEnabled: false })]) {
      const { state, effects } = step(alerted, { type: 'settings-changed', previous: S }, changed, MON_10 + 46 * MINUTE_MS);
      expect(state.alertPendingSince).toBe(MON_10 + 45 * MINUTE_MS);
      expect(effects).toEqual([]);
    }
  });

  it('unrelated changes keep the schedule', () => {
    const state = started();
    const after = step(state, { type: 'settings-changed', previous: S }, settingsWith({ badgeEnabled: false, highlightEnabled: false }), later).state;
    expect(after.nextBreakAt).toBe(state.nextBreakAt);
    expect(after.nextPostureAt).toBe(state.nextPostureAt);
  });

  it('a stopped or paused timer is not started by a settings change', () => {
    expect(step(INITIAL_TIMER_STATE, { type: 'settings-changed', previous: S }, settingsWith({ breakIntervalMin: 30 }), later).state.phase).toBe('stopped');
  });
});

describe('parseTimerState: stored values are never trusted', () => {
  const valid = started();

  it('nothing stored is a stopped timer, without complaint', () => {
    expect(parseTimerState(undefined)).toEqual({ state: INITIAL_TIMER_STATE, problems: [] });
  });

  it('a valid state survives a round trip through JSON', () => {
    expect(parseTimerState(JSON.parse(JSON.stringify(valid)))).toEqual({ state: valid, problems: [] });
  });

  it.each(['garbage', 42, [1, 2], true])('a non-object (%j) becomes a stopped timer, reported', (raw) => {
    const { state, problems } = parseTimerState(raw);
    expect(state.phase).toBe('stopped');
    expect(problems.length).toBeGreaterThan(0);
  });

  it('a running timer with garbage times keeps running and is re-planned on the next step', () => {
    const { state, problems } = parseTimerState({ ...valid, nextBreakAt: 'soon', nextPostureAt: -5 });
    expect(state.phase).toBe('running');
    expect(problems).toEqual(['nextBreakAt is not a time', 'nextPostureAt is not a time']);
    const now = MON_10 + 1000;
    const next = step(state, tick, S, now).state;
    expect(next).toMatchObject({ nextBreakAt: now + 45 * MINUTE_MS, nextPostureAt: now + 20 * MINUTE_MS });
    expect(alarmsFor(next, S)).toHaveLength(2);
  });

  it('a due time absurdly far ahead is replaced', () => {
    const { state } = parseTimerState({ ...valid, nextBreakAt: 8.64e15 });
    expect(step(state, tick, S, MON_10).state.nextBreakAt).toBe(MON_10 + 45 * MINUTE_MS);
  });

  it('an unknown phase is stopped; a stopped timer loses stray times', () => {
    const { state, problems } = parseTimerState({ ...valid, phase: 'exploded' });
    expect(state).toMatchObject({ phase: 'stopped', nextBreakAt: null, nextPostureAt: null });
    expect(problems).toEqual(['unknown phase', 'a stopped timer with times']);
  });

  it('a break stored before breaks had an id of their own goes by its start time, as its page does', () => {
    const onBreak = step(valid, { type: 'stretch-now' }, S, MON_10 + MINUTE_MS).state;
    const { breakId: _, ...stored } = { ...onBreak, version: 1 };
    expect(parseTimerState(JSON.parse(JSON.stringify(stored)))).toEqual({ state: onBreak, problems: [] });
  });

  it('a break without its times goes back to running', () => {
    expect(parseTimerState({ ...valid, phase: 'on-break', breakStartedAt: null }).state.phase).toBe('running');
  });

  it('a pause without its start is dated from the last step', () => {
    expect(parseTimerState({ ...valid, phase: 'paused', pausedAt: null, pausedUntil: null }).state).toMatchObject({ phase: 'paused', pausedAt: MON_10 });
  });

  it('snooze counts, routines and held alerts are checked', () => {
    expect(parseTimerState({ ...valid, snoozeCount: -1 }).state.snoozeCount).toBe(0);
    expect(parseTimerState({ ...valid, snoozeCount: 99 }).state.snoozeCount).toBe(MAX_SNOOZES);
    expect(parseTimerState({ ...valid, breakRoutineId: 'yoga-60' }).problems).toEqual(['unknown routine']);
    expect(parseTimerState({ ...valid, held: { kind: 'party', since: 1 } }).state.held).toBeNull();
    expect(parseTimerState({ ...valid, held: { kind: 'posture', since: 5 } }).state.held).toEqual({ kind: 'posture', since: 5 });
  });
});

describe('alarms derived from the state', () => {
  it('a running timer needs a break and a posture alarm at the stored times', () => {
    const state = started();
    expect(alarmsFor(state, S)).toEqual([
      { name: ALARM_BREAK, when: MON_10 + 45 * MINUTE_MS },
      { name: ALARM_POSTURE, when: MON_10 + 20 * MINUTE_MS },
    ]);
    expect(dueTimeOf(ALARM_BREAK, state, S)).toBe(MON_10 + 45 * MINUTE_MS);
    expect(dueTimeOf(ALARM_RESUME, state, S)).toBeNull();
    expect(needsTick(state)).toBe(true);
  });

  it('a timed pause needs a resume alarm; on a break, an end alarm', () => {
    const paused = step(started(), { type: 'pause', choice: '30m' }, S, MON_10).state;
    expect(alarmsFor(paused, S)).toEqual([{ name: ALARM_RESUME, when: MON_10 + 30 * MINUTE_MS }]);
  });
});

describe('describeTimer and the badge', () => {
  it('describes a running timer', () => {
    const state = started();
    const now = MON_10 + 33 * MINUTE_MS + 30_000;
    expect(describeTimer(state, S, now)).toEqual({
      status: 'running',
      nextBreakAt: MON_10 + 45 * MINUTE_MS,
      nextPostureAt: MON_10 + 20 * MINUTE_MS,
      breakInMs: 11 * MINUTE_MS + 30_000,
      postureInMs: 0,
      breakIntervalMs: 45 * MINUTE_MS,
      postureIntervalMs: 20 * MINUTE_MS,
      pausedUntil: null,
      breakEndsAt: null,
      alertPending: false,
      snoozesLeft: 3,
      canSnooze: true,
      held: false,
      idleSince: null,
    });
  });

  it('describes a pause and a break', () => {
    const paused = step(started(), { type: 'pause', choice: '1h' }, S, MON_10).state;
    expect(describeTimer(paused, S, MON_10)).toMatchObject({ status: 'paused', pausedUntil: MON_10 + HOUR_MS, nextBreakAt: null, canSnooze: false });
    const onBreak = step(started(), { type: 'stretch-now' }, S, MON_10).state;
    expect(describeTimer(onBreak, S, MON_10)).toMatchObject({ status: 'on-break', breakEndsAt: MON_10 + 3 * MINUTE_MS });
  });

  it.each([
    [11 * MINUTE_MS + 30_000, '12m'],
    [12 * MINUTE_MS, '12m'],
    [60_001, '2m'],
    [60_000, '1m'],
    [59_999, '<1m'],
    [0, '<1m'],
    [3 * HOUR_MS, '3h'],
  ])('shows %i ms left as "%s"', (left, text) => {
    const state = { ...started(), nextBreakAt: MON_10 + left };
    expect(badgeFor(state, S, MON_10)).toEqual({ text, tone: 'active' });
  });

  it('is grey while paused, blank when stopped or turned off', () => {
    const paused = step(started(), { type: 'pause', choice: '1h' }, S, MON_10).state;
    expect(badgeFor(paused, S, MON_10).tone).toBe('muted');
    expect(badgeFor(paused, S, MON_10).text).not.toBe('');
    expect(badgeFor(INITIAL_TIMER_STATE, S, MON_10).text).toBe('');
    expect(badgeFor(started(), settingsWith({ badgeEnabled: false }), MON_10).text).toBe('');
    expect(badgeFor(started(MON_10, settingsWith({ breakEnabled: false })), settingsWith({ breakEnabled: false }), MON_10).text).toBe('');
  });
});
