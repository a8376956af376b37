/**
 * Typed storage items: the only file that knows storage keys. Every read is
 * validated by the item's parser, so corrupt or foreign data never reaches a
 * surface as-is.
 */
import browser from './browser';
import { parseSettings, type ParsedSettings } from './settings';
import { parseTimerState, type ParsedTimerState } from './timer';
import { parseStats, type Stats } from './stats';

export interface StorageItem<T> {
  readonly key: string;
  /** Turns whatever is stored (possibly nothing, possibly garbage) into a valid value. */
  readonly parse: (raw: unknown) => T;
}

export const settingsItem: StorageItem<ParsedSettings> = { key: 'settings', parse: parseSettings };
/** The timer's state machine state (see shared/timer.ts); `problems` lists repairs of a corrupt value. */
export const timerItem: StorageItem<ParsedTimerState> = { key: 'timer', parse: parseTimerState };
/** Per-day stretch statistics, 90 days (see shared/stats.ts). */
export const statsItem: StorageItem<Stats> = { key: 'stats', parse: parseStats };
/** The local day ('YYYY-MM-DD') the morning routine was last offered, so it is offered once a day. */
export const morningItem: StorageItem<string | null> = {
  key: 'morning',
  parse: (raw) => (typeof raw === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(raw) ? raw : null),
};

export async function readItem<T>(item: StorageItem<T>): Promise<T> {
  const all = await browser.storage.local.get(item.key);
  return item.parse(all[item.key]);
}

export async function writeItem<T>(item: StorageItem<T>, value: unknown): Promise<void> {
  await browser.storage.local.set({ [item.key]: value });
}

/** Calls `onChange` with the parsed new value whenever the item changes; returns a stop function. */
export function watchItem<T>(item: StorageItem<T>, onChange: (value: T) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string): void => {
    const change = changes[item.key];
    if (area === 'local' && change) onChange(item.parse(change.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
