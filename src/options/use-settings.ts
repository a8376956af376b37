/**
 * The options page's hold on settings: the stored value (live), saving one
 * validated field at a time by writing the whole settings object, replacing
 * everything (import, reset), and a "Saved" moment for the quiet confirmation.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { validateSetting, type ParsedSettings, type SettingKey, type SettingProblem, type Settings } from '../shared/settings';
import { useEditableSettings } from '../shared/ui/use-editable-settings';

/** How long "Saved" stays visible. */
export const SAVED_VISIBLE_MS = 2500;

export interface SettingsController {
  readonly settings: Settings;
  /** What was wrong with the stored value as last read. */
  readonly problems: readonly SettingProblem[];
  /** Validates and saves one setting; false (and nothing written) when the value is invalid. */
  save(key: SettingKey, value: unknown): boolean;
  /** Writes a whole, already valid settings object (import, reset). */
  replace(settings: Settings): Promise<void>;
  /** Counts saves, so the "Saved" note can appear again after each one. */
  readonly savedCount: number;
  readonly savedVisible: boolean;
}

export function useSettings(initial: ParsedSettings): SettingsController {
  const { settings, problems, write: writeChange } = useEditableSettings(initial);
  const [savedCount, setSavedCount] = useState(0);
  const [savedVisible, setSavedVisible] = useState(false);

  useEffect(() => {
    if (savedCount === 0) return undefined;
    setSavedVisible(true);
    const timer = setTimeout(() => setSavedVisible(false), SAVED_VISIBLE_MS);
    return () => clearTimeout(timer);
  }, [savedCount]);

  const replace = useCallback(
    async (next: Settings): Promise<void> => {
      await writeChange(() => next);
      setSavedCount((n) => n + 1);
    },
    [writeChange],
  );

  const save = useCallback(
    (key: SettingKey, value: unknown): boolean => {
      const result = validateSetting(key, value);
      if (!result.ok) return false;
      // Built on the latest value, this page's writes still on their way included.
      void writeChange((current) => ({ ...current, [key]: result.value })).then(
        () => setSavedCount((n) => n + 1),
        // A failed write (storage full) shows the stored value again, and no "Saved".
        () => undefined,
      );
      return true;
    },
    [writeChange],
  );

  return { settings, problems, save, replace, savedCount, savedVisible };
}
