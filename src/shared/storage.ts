/**
 * Reading and writing the typed storage items (storage-items.ts) through the
 * polyfill: what the background and the extension's own pages use.
 */
import browser from './browser';
import { readItemFrom, watchItemOn, type StorageItem } from './storage-items';

export { settingsItem, timerItem, statsItem, morningItem, breakTabItem, unfinishedEffectsItem, type BreakTab, type StorageItem } from './storage-items';

export function readItem<T>(item: StorageItem<T>): Promise<T> {
  return readItemFrom(browser.storage.local, item);
}

export async function writeItem<T>(item: StorageItem<T>, value: unknown): Promise<void> {
  await browser.storage.local.set({ [item.key]: value });
}

/** Writes several items in one storage call: all of them land, or none (a worker killed in between cannot split them). */
export async function writeItems(entries: readonly (readonly [StorageItem<unknown>, unknown])[]): Promise<void> {
  await browser.storage.local.set(Object.fromEntries(entries.map(([item, value]) => [item.key, value])));
}

/** Calls `onChange` with the parsed new value whenever the item changes; returns a stop function. */
export function watchItem<T>(item: StorageItem<T>, onChange: (value: T) => void): () => void {
  return watchItemOn(browser.storage.onChanged, item, onChange);
}
