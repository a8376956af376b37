/**
 * Messages between the UI (popup, options, break page) and the background's
 * timer. The UI never touches alarms: it asks here, then reads the new state
 * from storage (`timerItem`) or from the reply.
 */
import type { PauseChoice } from '../settings';
import type { TimerState } from '../timer';

/** Every timer command answers with the state after it; `ok` is false when the command did not apply. */
export interface TimerReply {
  readonly ok: boolean;
  readonly state: TimerState;
  /** Why a command did not apply, e.g. 'snooze-limit' or 'not-running'. */
  readonly reason?: string;
}

type Empty = Record<string, never>;

/** How a break page's stretching went. */
export interface BreakReport {
  /** The timer's break the page was opened for (its start time, from the page's URL); absent for a stretch opened by hand. */
  readonly breakId?: number;
  readonly secondsStretched: number;
}

export interface TimerProtocol {
  /** Starts the reminders (no-op when already running). */
  'timer/start': { request: Empty; response: TimerReply };
  /** Stops the reminders; nothing is scheduled until started again. */
  'timer/stop': { request: Empty; response: TimerReply };
  /** Restarts both intervals from now (a running or paused timer ends up running). */
  'timer/reset': { request: Empty; response: TimerReply };
  /** Pauses for 30 min / 1 h / until tomorrow / until resumed; resumes by itself when the time is up. */
  'timer/pause': { request: { choice: PauseChoice }; response: TimerReply };
  'timer/resume': { request: Empty; response: TimerReply };
  /** Starts a stretch break now: opens the guided break page. */
  'timer/stretch-now': { request: Empty; response: TimerReply };
  /** Moves the next stretch break `minutes` (default: the snooze setting) from now; at most 3 in a row. */
  'timer/snooze': { request: { minutes?: number }; response: TimerReply };
  /** Skips the pending (or next) stretch break; the next one is a full interval away. */
  'timer/skip': { request: Empty; response: TimerReply };
  /** The guided break page finished; `breakId` names the timer's break it was opened for (from its URL), if any. */
  'break/complete': { request: BreakReport; response: TimerReply };
  /** The guided break page was left before the end. */
  'break/partial': { request: BreakReport; response: TimerReply };
}

export const TIMER_MESSAGES = [
  'timer/start',
  'timer/stop',
  'timer/reset',
  'timer/pause',
  'timer/resume',
  'timer/stretch-now',
  'timer/snooze',
  'timer/skip',
  'break/complete',
  'break/partial',
] as const satisfies readonly (keyof TimerProtocol)[];
