/**
 * Typed storage items: the only file that knows storage keys. Every read is
 * validated by the item's parser, so corrupt or foreign data never reaches a
 * surface as-is.
 */
import browser from './browser';
import { parseSettings, type ParsedSettings } from './settings';

export interface StorageItem<T> {
  readonly key: string;
  /** Turns whatever is stored (possibly nothing, possibly garbage) into a valid value. */
  readonly parse: (raw: unknown) => T;
}

export const settingsItem: StorageItem<ParsedSettings> = { key: 'settings', parse: parseSettings };

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
