/**
 * Runs the timer: reads settings and state from storage, steps the pure
 * machine (shared/timer.ts), stores the new state, brings the alarms and the
 * badge in line with it, then carries out the effects. One event at a time.
 */
import browser from '../shared/browser';
import { readItem, settingsItem, statsItem, timerItem, unfinishedEffectsItem, writeItem, writeItems } from '../shared/storage';
import { isUnfinishedEffect, type UnfinishedEffect } from '../shared/timer-effects';
import type { Settings } from '../shared/settings';
import { IDLE_DETECTION_SEC, hasDue, step, type StepResult, type TimerEvent, type TimerState } from '../shared/timer';
import { alarmIsCurrent, syncAlarms } from './alarms';
import { updateBadge } from './badge';
import { isBusy } from './dont-interrupt';
import { clearTimerNotifications, showAlert, showHeadsUp } from './notifications';
import { openBreakPage, showBreakPage } from './pages';
import { isStat, withStats } from './stats';
import { serially } from './serial';

export interface EventOutcome extends StepResult {
  readonly before: TimerState;
}

async function perform(effect: UnfinishedEffect, settings: Settings, now: number): Promise<void> {
  switch (effect.type) {
    case 'notify':
      return showAlert(effect.kind, effect.snoozesLeft, effect.quiet, settings, now);
    case 'notify-heads-up':
      return showHeadsUp(effect.breakAt);
    case 'clear-notifications':
      return clearTimerNotifications();
    case 'open-break':
      if (effect.breakId !== undefined) await showBreakPage(effect.routineId, effect.breakId);
      else await openBreakPage({ routineId: effect.routineId });
      return undefined;
  }
}

async function performAll(effects: readonly UnfinishedEffect[], settings: Settings, now: number): Promise<void> {
  for (const effect of effects) {
    try {
      await perform(effect, settings, now);
    } catch (error) {
      console.warn(`Limber: could not ${effect.type}:`, error);
    }
  }
}

/** Adds what only the browser knows (busy? back from idle?) to a wake-up event. */
async function withSurroundings(event: TimerEvent, state: TimerState, settings: Settings, now: number): Promise<TimerEvent> {
  if (event.type === 'tick' && state.idleSince !== null && settings.idleDetection) {
    // The "active" event can be lost (the browser was closed while away): ask.
    const idleState = await browser.idle.queryState(IDLE_DETECTION_SEC);
    if (idleState === 'active') event = { type: 'idle', idleState };
  }
  if ((event.type === 'tick' || event.type === 'idle') && settings.dontInterrupt && hasDue(state, now)) {
    return { ...event, surroundings: { busy: await isBusy() } };
  }
  return event;
}

async function run(event: TimerEvent, notBefore = 0): Promise<EventOutcome> {
  // An alarm may run a few milliseconds before its time by this clock; it is due all the same.
  const now = Math.max(Date.now(), notBefore);
  const [{ settings }, { state: before, problems }] = await Promise.all([readItem(settingsItem), readItem(timerItem)]);
  if (problems.length > 0) console.warn(`Limber: the stored timer state was damaged and has been repaired (${problems.join('; ')}).`);
  const full = await withSurroundings(event, before, settings, now);
  const result = step(before, full, settings, now);
  // A step's stats are written with its state, in one call: a break ends and is counted, or neither.
  // Its other effects are written with it too, and cleared once carried out:
  // the browser may stop the background in between (see shared/timer-effects.ts).
  const stats = result.effects.filter(isStat);
  const effects = result.effects.filter(isUnfinishedEffect);
  await writeItems([
    [timerItem, result.state],
    ...(stats.length > 0 ? [[statsItem, withStats(await readItem(statsItem), stats, now)] as const] : []),
    ...(effects.length > 0 ? [[unfinishedEffectsItem, effects] as const] : []),
  ]);
  await syncAlarms(result.state, settings, now);
  await updateBadge(result.state, settings, now);
  await performAll(effects, settings, now);
  if (effects.length > 0) await writeItem(unfinishedEffectsItem, []);
  return { ...result, before };
}

/**
 * At the background's start, before any event: carries out what the last
 * step stored and did not finish (its alert, its break page). Showing an
 * alert again replaces it (one id per kind), so at worst it pops up twice.
 */
export function finishUnfinishedEffects(): Promise<void> {
  return serially(async () => {
    const effects = await readItem(unfinishedEffectsItem);
    if (effects.length === 0) return;
    const { settings } = await readItem(settingsItem);
    await performAll(effects, settings, Date.now());
    await writeItem(unfinishedEffectsItem, []);
  });
}

/** Steps the timer with `event`, after any event already in progress. */
export function runEvent(event: TimerEvent): Promise<EventOutcome> {
  return serially(() => run(event));
}

/** An alarm fired: a current one wakes the machine; a stale one only re-syncs the alarms. */
export function runAlarm(name: string, scheduledTime: number): Promise<EventOutcome | null> {
  return serially(async () => {
    const [{ settings }, { state }] = await Promise.all([readItem(settingsItem), readItem(timerItem)]);
    if (!alarmIsCurrent(name, scheduledTime, state, settings)) {
      await syncAlarms(state, settings, Date.now());
      return null;
    }
    return run({ type: 'tick' }, scheduledTime);
  });
}
