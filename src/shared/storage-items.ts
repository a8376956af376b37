/**
 * Typed storage items: the only file that knows storage keys. Every read is
 * validated by the item's parser, so corrupt or foreign data never reaches a
 * surface as-is. No browser API here: storage.ts does the reading and
 * writing through the polyfill, and the content script through its own
 * lighter door (content/extension-api.ts), both with the helpers below.
 */
import { parseSettings, type ParsedSettings } from './settings';
import { isRecord } from './is-record';
import { parseTimerState, storedTime, type ParsedTimerState } from './timer';
import { parseStats, type Stats } from './stats';
import { parseUnfinishedEffects, type UnfinishedEffect } from './timer-effects';

export interface StorageItem<T> {
  readonly key: string;
  /** Turns whatever is stored (possibly nothing, possibly garbage) into a valid value. */
  readonly parse: (raw: unknown) => T;
}

export const settingsItem: StorageItem<ParsedSettings> = { key: 'settings', parse: parseSettings };
/** The timer's state machine state (see shared/timer.ts); `problems` lists repairs of a corrupt value. */
export const timerItem: StorageItem<ParsedTimerState> = { key: 'timer', parse: parseTimerState };
/** Effects of the last timer step not yet carried out (see shared/timer-effects.ts); empty once done. */
export const unfinishedEffectsItem: StorageItem<UnfinishedEffect[]> = { key: 'timerEffects', parse: parseUnfinishedEffects };
/** Per-day stretch statistics, 90 days (see shared/stats.ts). */
export const statsItem: StorageItem<Stats> = { key: 'stats', parse: parseStats };
/** The local day ('YYYY-MM-DD') the morning routine was last offered, so it is offered once a day. */
export const morningItem: StorageItem<string | null> = {
  key: 'morning',
  parse: (raw) => (typeof raw === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(raw) ? raw : null),
};

/** The last break page the background opened for one of the timer's breaks. */
export interface BreakTab {
  /** Its tab (tab ids last for a browser session). */
  readonly tabId: number;
  /** The timer's break it shows (TimerState's `breakId`); null when an earlier Limber, which kept the tab id alone, stored it. */
  readonly breakId: number | null;
  /** When the tab was seen closing (tabs.onRemoved); null while it is open. */
  readonly closedAt: number | null;
}

function parseBreakTab(raw: unknown): BreakTab | null {
  const isTabId = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0;
  if (isTabId(raw)) return { tabId: raw, breakId: null, closedAt: null };
  if (!isRecord(raw) || !isTabId(raw['tabId'])) return null;
  return { tabId: raw['tabId'], breakId: storedTime(raw['breakId']), closedAt: storedTime(raw['closedAt']) };
}

/**
 * The break page's tab, so that closing it ends the break even when the
 * page's own report was lost, counted until it closed (background/break-tab.ts),
 * and so that a page still loading, which the browser does not list yet, is
 * shown rather than opened a second time (background/pages.ts).
 */
export const breakTabItem: StorageItem<BreakTab | null> = { key: 'breakTab', parse: parseBreakTab };

/** The part of a storage area these helpers use (browser.storage.local, with or without the polyfill). */
export interface StorageAreaLike {
  get(key: string): Promise<Record<string, unknown>>;
}

export type StorageChanges = Record<string, { newValue?: unknown }>;

/** The part of storage.onChanged these helpers use. */
export interface StorageChangedEventLike {
  addListener(listener: (changes: StorageChanges, area: string) => void): void;
  removeListener(listener: (changes: StorageChanges, area: string) => void): void;
}

export async function readItemFrom<T>(area: StorageAreaLike, item: StorageItem<T>): Promise<T> {
  const all = await area.get(item.key);
  return item.parse(all[item.key]);
}

/** Calls `onChange` with the parsed new value whenever the item changes in local storage; returns a stop function. */
export function watchItemOn<T>(event: StorageChangedEventLike, item: StorageItem<T>, onChange: (value: T) => void): () => void {
  const listener = (changes: StorageChanges, area: string): void => {
    const change = changes[item.key];
    if (area === 'local' && change) onChange(item.parse(change.newValue));
  };
  event.addListener(listener);
  return () => event.removeListener(listener);
}
