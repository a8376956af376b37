import { describe, expect, it } from 'vitest';
import { remainingFraction, statusLine, timerActions } from '../../../src/popup/timer-status';
import { describeTimer, INITIAL_TIMER_STATE, type TimerState, type TimerView } from '../../../src/shared/timer';
import { DEFAULT_SETTINGS } from '../../../src/shared/settings';

const NOW = new Date(2026, 10, 25, 10, 0).getTime(); // a Wednesday
const MIN = 60_000;
const view = (patch: Partial<TimerState>, settings = DEFAULT_SETTINGS): TimerView =>
  describeTimer({ ...INITIAL_TIMER_STATE, lastSeenAt: NOW, ...patch }, settings, NOW);
const running: Partial<TimerState> = { phase: 'running', nextBreakAt: NOW + 45 * MIN, nextPostureAt: NOW + 20 * MIN };

describe('statusLine', () => {
  it('says the reminders are off when stopped', () => {
    expect(statusLine(view({}), NOW)).toEqual({ key: 'popupStatusStopped', subs: [] });
  });

  it('says when the next break is while running', () => {
    expect(statusLine(view(running), NOW, null, 'en-GB')).toEqual({ key: 'popupStatusRunning', subs: ['10:45'] });
  });

  it('says a break alert is waiting, before anything else', () => {
    expect(statusLine(view({ ...running, alertPendingSince: NOW - MIN }), NOW).key).toBe('popupStatusAlertPending');
  });

  it('says an alert is held for a video or call', () => {
    expect(statusLine(view({ ...running, held: { kind: 'posture', since: NOW } }), NOW).key).toBe('popupStatusHeld');
  });

  it('says posture checks only when breaks are off', () => {
    const v = view({ ...running, nextBreakAt: null }, { ...DEFAULT_SETTINGS, breakEnabled: false });
    expect(statusLine(v, NOW).key).toBe('popupStatusRunningPostureOnly');
    expect(statusLine(view({ ...running, nextBreakAt: null, nextPostureAt: null }), NOW).key).toBe('popupStatusNothingScheduled');
  });

  it('says until when paused, today or another day, or until resumed', () => {
    const paused = { phase: 'paused' as const, pausedAt: NOW };
    expect(statusLine(view({ ...paused, pausedUntil: NOW + 30 * MIN }), NOW, null, 'en-GB')).toEqual({
      key: 'popupStatusPausedUntil',
      subs: ['10:30'],
    });
    const tomorrow = new Date(2026, 10, 26, 8, 0).getTime();
    expect(statusLine(view({ ...paused, pausedUntil: tomorrow }), NOW, null, 'en-GB')).toEqual({
      key: 'popupStatusPausedUntil',
      subs: ['Thu 08:00'],
    });
    expect(statusLine(view({ ...paused, pausedUntil: null }), NOW)).toEqual({ key: 'popupStatusPausedUntilResume', subs: [] });
  });

  it('says on break, with its end', () => {
    const onBreak = { phase: 'on-break' as const, breakStartedAt: NOW, breakEndsAt: NOW + 3 * MIN, breakRoutineId: 'desk-2' as const };
    expect(statusLine(view(onBreak), NOW, null, 'en-GB')).toEqual({ key: 'popupStatusOnBreakUntil', subs: ['10:03'] });
  });

  it('says outside work hours, with when they start again', () => {
    const settings = { ...DEFAULT_SETTINGS, workHoursEnabled: true, workStartMin: 11 * 60, workEndMin: 17 * 60 };
    const v = view(running, settings);
    expect(v.status).toBe('outside-work-hours');
    expect(statusLine(v, NOW, NOW + 60 * MIN, 'en-GB')).toEqual({ key: 'popupStatusOutsideHoursUntil', subs: ['11:00'] });
    expect(statusLine(v, NOW).key).toBe('popupStatusOutsideHours');
  });
});

describe('timerActions', () => {
  it('offers Start when stopped, Resume when paused', () => {
    expect(timerActions(view({}))).toEqual(['start', 'stretch-now']);
    expect(timerActions(view({ phase: 'paused', pausedAt: NOW, pausedUntil: null }))).toEqual(['resume', 'stretch-now']);
  });

  it('offers Pause, Stretch now and Restart while running; Snooze and Skip instead of Restart with a pending alert', () => {
    expect(timerActions(view(running))).toEqual(['pause', 'stretch-now', 'reset']);
    expect(timerActions(view({ ...running, alertPendingSince: NOW }))).toEqual(['pause', 'stretch-now', 'snooze', 'skip']);
  });

  it('drops Snooze once the snooze limit is reached', () => {
    expect(timerActions(view({ ...running, alertPendingSince: NOW, snoozeCount: 3 }))).toEqual(['pause', 'stretch-now', 'skip']);
  });

  it('offers the way back to the break page while on a break', () => {
    expect(timerActions(view({ phase: 'on-break', breakStartedAt: NOW, breakEndsAt: NOW + MIN }))).toEqual(['back-to-break']);
  });
});

describe('remainingFraction', () => {
  it('is the share of the interval still to go, clamped', () => {
    expect(remainingFraction(45 * MIN, 45 * MIN)).toBe(1);
    expect(remainingFraction(15 * MIN, 60 * MIN)).toBe(0.25);
    expect(remainingFraction(0, 45 * MIN)).toBe(0);
    expect(remainingFraction(90 * MIN, 45 * MIN)).toBe(1);
    expect(remainingFraction(null, 45 * MIN)).toBe(0);
    expect(remainingFraction(10, 0)).toBe(0);
  });
});
