/** The background's answers to the timer protocol (shared/protocol/timer.ts). */
import type { RequestOf, ResponseOf } from '../shared/messages';
import type { TimerReply } from '../shared/protocol/timer';
import { MAX_SNOOZES, breakIsDue, sameApartFromClock, type TimerEvent, type TimerState } from '../shared/timer';
import { runEvent, type EventOutcome } from './engine';

/** Whether the command changed anything (apart from the clock it saw). */
function changed(outcome: EventOutcome): boolean {
  return outcome.effects.length > 0 || !sameApartFromClock(outcome.before, outcome.state);
}

async function command(event: TimerEvent, whyNot: (before: TimerState) => string): Promise<TimerReply> {
  const outcome = await runEvent(event);
  if (changed(outcome)) return { ok: true, state: outcome.state };
  return { ok: false, state: outcome.state, reason: whyNot(outcome.before) };
}

const phaseReason = (before: TimerState): string => `not-applicable-when-${before.phase}`;
/** Snooze and Skip answer a stretch break that is due. */
const alertReason = (before: TimerState): string => (before.phase === 'running' && !breakIsDue(before) ? 'no-break-due' : phaseReason(before));

export const timerHandlers = {
  'timer/start': async (): Promise<ResponseOf<'timer/start'>> => ({ ok: true, state: (await runEvent({ type: 'start' })).state }),
  'timer/stop': async (): Promise<ResponseOf<'timer/stop'>> => ({ ok: true, state: (await runEvent({ type: 'stop' })).state }),
  'timer/reset': (): Promise<ResponseOf<'timer/reset'>> => command({ type: 'reset' }, phaseReason),
  'timer/pause': ({ choice }: RequestOf<'timer/pause'>): Promise<ResponseOf<'timer/pause'>> => {
    const valid = choice === '30m' || choice === '1h' || choice === 'tomorrow' || choice === 'until-resume';
    return command({ type: 'pause', choice: valid ? choice : 'until-resume' }, phaseReason);
  },
  'timer/resume': (): Promise<ResponseOf<'timer/resume'>> => command({ type: 'resume' }, phaseReason),
  'timer/stretch-now': (): Promise<ResponseOf<'timer/stretch-now'>> => command({ type: 'stretch-now' }, phaseReason),
  'timer/snooze': ({ minutes }: RequestOf<'timer/snooze'>): Promise<ResponseOf<'timer/snooze'>> =>
    command({ type: 'snooze', ...(typeof minutes === 'number' ? { minutes } : {}) }, (before) =>
      before.phase === 'running' && breakIsDue(before) && before.snoozeCount >= MAX_SNOOZES ? 'snooze-limit' : alertReason(before),
    ),
  'timer/skip': (): Promise<ResponseOf<'timer/skip'>> => command({ type: 'skip' }, alertReason),
  'break/complete': ({ breakId, secondsStretched }: RequestOf<'break/complete'>): Promise<ResponseOf<'break/complete'>> =>
    command({ type: 'break-complete', secondsStretched: seconds(secondsStretched), ...ofBreak(breakId) }, phaseReason),
  'break/partial': ({ breakId, secondsStretched }: RequestOf<'break/partial'>): Promise<ResponseOf<'break/partial'>> =>
    command({ type: 'break-partial', secondsStretched: seconds(secondsStretched), ...ofBreak(breakId) }, phaseReason),
};

/** The break a report is for, if it names one that could be (a time). */
function ofBreak(breakId: unknown): { breakId?: number } {
  return typeof breakId === 'number' && Number.isInteger(breakId) && breakId >= 0 ? { breakId } : {};
}

/** A break's length as reported by a page: at most an hour, never negative or garbage. */
function seconds(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) ? Math.min(Math.max(0, value), 3600) : 0;
}
