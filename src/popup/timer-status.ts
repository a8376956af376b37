/**
 * What the timer card says and offers, from the timer's view at `now`.
 * Pure: returns message keys with substitutions, and the actions to show,
 * so every state is unit-tested without a browser.
 */
import type { MessageKey } from '../shared/i18n';
import { formatClockTime } from '../shared/format';
import type { TimerView } from '../shared/timer';

export interface StatusLine {
  readonly key: MessageKey;
  readonly subs: readonly string[];
}

/**
 * One clear line: running, paused until 14:30, outside work hours, on break…
 * `resumesAt` is when work hours start again (only used outside them).
 */
export function statusLine(view: TimerView, now: number, resumesAt: number | null = null, locale?: string): StatusLine {
  const clock = (at: number): string => formatClockTime(at, now, locale);
  switch (view.status) {
    case 'stopped':
      return { key: 'popupStatusStopped', subs: [] };
    case 'paused':
      return view.pausedUntil === null
        ? { key: 'popupStatusPausedUntilResume', subs: [] }
        : { key: 'popupStatusPausedUntil', subs: [clock(view.pausedUntil)] };
    case 'on-break':
      return view.breakEndsAt === null ? { key: 'popupStatusOnBreak', subs: [] } : { key: 'popupStatusOnBreakUntil', subs: [clock(view.breakEndsAt)] };
    case 'outside-work-hours':
      return resumesAt === null
        ? { key: 'popupStatusOutsideHours', subs: [] }
        : { key: 'popupStatusOutsideHoursUntil', subs: [clock(resumesAt)] };
    case 'running':
      if (view.alertPending) return { key: 'popupStatusAlertPending', subs: [] };
      if (view.held) return { key: 'popupStatusHeld', subs: [] };
      if (view.nextBreakAt === null && view.nextPostureAt === null) return { key: 'popupStatusNothingScheduled', subs: [] };
      return view.nextBreakAt === null
        ? { key: 'popupStatusRunningPostureOnly', subs: [] }
        : { key: 'popupStatusRunning', subs: [clock(view.nextBreakAt)] };
  }
}

export type TimerAction = 'start' | 'pause' | 'resume' | 'stretch-now' | 'reset' | 'snooze' | 'skip' | 'back-to-break';

/** The buttons the card shows, in order. */
export function timerActions(view: TimerView): TimerAction[] {
  switch (view.status) {
    case 'stopped':
      return ['start', 'stretch-now'];
    case 'paused':
      return ['resume', 'stretch-now'];
    case 'on-break':
      return ['back-to-break'];
    case 'outside-work-hours':
      return ['pause', 'stretch-now'];
    case 'running': {
      const actions: TimerAction[] = ['pause', 'stretch-now'];
      // A waiting alert is answered with Snooze or Skip; otherwise the intervals can start again from now.
      if (view.alertPending) {
        if (view.canSnooze) actions.push('snooze');
        actions.push('skip');
      } else actions.push('reset');
      return actions;
    }
  }
}

/** Fraction of the interval still to go (1 = just started, 0 = due), for the ring. */
export function remainingFraction(remainingMs: number | null, intervalMs: number): number {
  if (remainingMs === null || !(intervalMs > 0)) return 0;
  return Math.min(1, Math.max(0, remainingMs / intervalMs));
}
