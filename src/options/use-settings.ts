/**
 * The options page's hold on settings: the stored value (live), saving one
 * validated field at a time by writing the whole settings object, replacing
 * everything (import, reset), and a "Saved" moment for the quiet confirmation.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { settingsItem, writeItem } from '../shared/storage';
import { validateSetting, type ParsedSettings, type SettingKey, type Settings } from '../shared/settings';
import { useStoredItem } from '../shared/ui/use-stored-item';

/** How long "Saved" stays visible. */
export const SAVED_VISIBLE_MS = 2500;

export interface SettingsController {
  readonly settings: Settings;
  /** Validates and saves one setting; false (and nothing written) when the value is invalid. */
  save(key: SettingKey, value: unknown): boolean;
  /** Writes a whole, already valid settings object (import, reset). */
  replace(settings: Settings): Promise<void>;
  /** Counts saves, so the "Saved" note can appear again after each one. */
  readonly savedCount: number;
  readonly savedVisible: boolean;
}

export function useSettings(initial: ParsedSettings): SettingsController {
  const { settings } = useStoredItem(settingsItem, initial);
  // Two quick saves must not both start from the same old object: track the latest we wrote.
  const latest = useRef<Settings>(settings);
  useEffect(() => {
    latest.current = settings;
  }, [settings]);
  const [savedCount, setSavedCount] = useState(0);
  const [savedVisible, setSavedVisible] = useState(false);

  useEffect(() => {
    if (savedCount === 0) return undefined;
    setSavedVisible(true);
    const timer = setTimeout(() => setSavedVisible(false), SAVED_VISIBLE_MS);
    return () => clearTimeout(timer);
  }, [savedCount]);

  const write = useCallback(async (next: Settings): Promise<void> => {
    latest.current = next;
    await writeItem(settingsItem, next);
    setSavedCount((n) => n + 1);
  }, []);

  const save = useCallback(
    (key: SettingKey, value: unknown): boolean => {
      const result = validateSetting(key, value);
      if (!result.ok) return false;
      void write({ ...latest.current, [key]: result.value });
      return true;
    },
    [write],
  );

  return { settings, save, replace: write, savedCount, savedVisible };
}
