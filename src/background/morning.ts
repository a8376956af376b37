/**
 * The morning routine offer: the first time the browser is used each day,
 * after the morning hour, one gentle notification offers the 5-minute
 * morning routine. Stiffness after sleep is the article's subject.
 */
import type { Settings } from '../shared/settings';
import { dayKey } from '../shared/stats';
import { morningItem, readItem, settingsItem, writeItem } from '../shared/storage';
import { showMorning } from './notifications';

/** Whether to offer the morning routine at `now`, given the day it was last offered. */
export function shouldOfferMorning(settings: Settings, lastOfferedDay: string | null, now: number): boolean {
  if (!settings.morningRoutine) return false;
  if (new Date(now).getHours() < settings.morningHour) return false;
  return lastOfferedDay !== dayKey(now);
}

/** Offers the routine if this is the day's first use; otherwise does nothing. */
export async function maybeOfferMorning(now: number): Promise<void> {
  const [{ settings }, last] = await Promise.all([readItem(settingsItem), readItem(morningItem)]);
  if (!shouldOfferMorning(settings, last, now)) return;
  await writeItem(morningItem, dayKey(now));
  await showMorning();
}

/** On install there is nothing to offer today: the person has just arrived. */
export async function markOfferedToday(now: number): Promise<void> {
  await writeItem(morningItem, dayKey(now));
}
