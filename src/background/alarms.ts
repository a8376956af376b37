/**
 * Keeps the browser's alarms equal to what the stored state needs. Alarms are
 * created from absolute times, so a killed background, a sleeping computer or
 * a restarted browser loses nothing: `syncAlarms` runs on every wake-up and
 * recreates what is missing.
 */
import browser from '../shared/browser';
import type { Settings } from '../shared/settings';
import { ALARM_TICK, TICK_PERIOD_MIN, alarmsFor, dueTimeOf, needsTick, type TimerState } from '../shared/timer';

const PREFIX = 'limber-';
/** An alarm this close to its planned time is that alarm (browsers keep `when` as given; this only absorbs float noise). */
const SAME_TIME_MS = 1;

export async function syncAlarms(state: TimerState, settings: Settings, now: number): Promise<void> {
  const existing = await browser.alarms.getAll();
  const planned = alarmsFor(state, settings, now);
  const work: Promise<unknown>[] = [];
  for (const alarm of planned) {
    const found = existing.find((a) => a.name === alarm.name);
    if (!found || Math.abs(found.scheduledTime - alarm.when) > SAME_TIME_MS) {
      work.push(Promise.resolve(browser.alarms.create(alarm.name, { when: alarm.when })));
    }
  }
  for (const alarm of existing) {
    if (!alarm.name.startsWith(PREFIX) || alarm.name === ALARM_TICK) continue;
    if (!planned.some((p) => p.name === alarm.name)) work.push(browser.alarms.clear(alarm.name));
  }
  const tick = existing.find((a) => a.name === ALARM_TICK);
  if (needsTick(state) && !tick) work.push(Promise.resolve(browser.alarms.create(ALARM_TICK, { periodInMinutes: TICK_PERIOD_MIN, delayInMinutes: TICK_PERIOD_MIN })));
  if (!needsTick(state) && tick) work.push(browser.alarms.clear(ALARM_TICK));
  await Promise.all(work);
}

/**
 * Whether an alarm that just fired still means something: a one-shot alarm
 * scheduled before the stored due time is left over from a state that has
 * since moved on (answered, snoozed, rescheduled) and must do nothing.
 */
export function alarmIsCurrent(name: string, scheduledTime: number, state: TimerState, settings: Settings): boolean {
  if (name === ALARM_TICK) return true;
  const due = dueTimeOf(name, state, settings);
  return due !== null && due <= scheduledTime + SAME_TIME_MS;
}
