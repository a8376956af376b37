/**
 * Settings as a page both shows and changes (options page, popup): the stored
 * value, live, except while this page's own writes are on their way. Then it
 * shows, and builds the next change on, what it last wrote.
 *
 * Why: each change writes the whole settings object. Built on the stored
 * value alone, two quick changes could start from the same old object (the
 * second silently undoing the first), and storage's late report of one write
 * could flip a control back on screen and feed the next change a stale base.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { sameSettings, type ParsedSettings, type SettingProblem, type Settings } from '../settings';
import { settingsItem, writeItem } from '../storage';
import { useStoredItem } from './use-stored-item';

export interface EditableSettings {
  readonly settings: Settings;
  /** What was wrong with the stored value as last read (damaged fields, a newer version). */
  readonly problems: readonly SettingProblem[];
  /** Writes `change(current)`, where current includes this page's writes still on their way. */
  write(change: (current: Settings) => Settings): Promise<void>;
}

export function useEditableSettings(initial: ParsedSettings): EditableSettings {
  const { settings: stored, problems } = useStoredItem(settingsItem, initial);
  /** What this page last wrote, shown until storage reports it (or anything newer) back. */
  const [ownWrite, setOwnWrite] = useState<Settings | null>(null);
  const pending = useRef(0);
  const storedNow = useRef(stored);
  storedNow.current = stored;
  const shown = ownWrite ?? stored;
  const latest = useRef(shown);
  if (pending.current === 0) latest.current = shown;

  // A stored change once every write has settled is storage's word: our last write's report, or a newer change from elsewhere.
  useEffect(() => {
    if (pending.current === 0) setOwnWrite(null);
  }, [stored]);

  const write = useCallback(async (change: (current: Settings) => Settings): Promise<void> => {
    const next = change(latest.current);
    latest.current = next;
    pending.current += 1;
    setOwnWrite(next);
    let written = false;
    try {
      await writeItem(settingsItem, next);
      written = true;
    } finally {
      pending.current -= 1;
      // Storage may report the write before or after it resolves: stop overriding once it agrees (or the write failed).
      if (pending.current === 0) setOwnWrite((own) => (own === null || !written || sameSettings(own, storedNow.current) ? null : own));
    }
  }, []);

  return { settings: shown, problems, write };
}
