/**
 * Settings as a file a person can keep or move to another browser: the
 * export text and the strict import reader. Importing is all or nothing: a
 * file that is not valid Limber settings is explained and changes nothing;
 * a valid older version is migrated by parseSettings. Pure: no browser API.
 */
import {
  SETTINGS_VERSION,
  SETTING_KEYS,
  parseSettings,
  settingNamesOf,
  type SettingKey,
  type SettingProblem,
  type Settings,
} from './settings';
import { dayKey } from './stats';
import { isRecord } from './is-record';

export const SETTINGS_FILE_FORMAT = 'limber-settings';
/** Real exports are about 1 KB; anything over this is not ours and is not even parsed. */
export const MAX_SETTINGS_FILE_BYTES = 100 * 1024;

export interface SettingsFile {
  readonly format: typeof SETTINGS_FILE_FORMAT;
  /** ISO time of the export, for the person reading the file. */
  readonly exportedAt: string;
  readonly settings: Settings;
}

/** Why a file cannot be imported; the options page words each kind for people. */
export type ImportError =
  | { readonly kind: 'too-large'; readonly bytes: number }
  | { readonly kind: 'empty' }
  | { readonly kind: 'not-json'; readonly detail: string }
  | { readonly kind: 'not-settings' }
  | { readonly kind: 'bad-version' }
  | { readonly kind: 'newer-version'; readonly version: number }
  | { readonly kind: 'bad-fields'; readonly problems: readonly SettingProblem[] }
  | { readonly kind: 'unknown-fields'; readonly names: readonly string[] }
  /** Settings that name no setting at all (`{}`): importing them would change nothing. */
  | { readonly kind: 'no-settings' };

export type ImportResult =
  | {
      readonly ok: true;
      readonly settings: Settings;
      /** The file's settings version; 0 when it gives none (a hand-written file), which is read as today's. */
      readonly fromVersion: number;
      /** Settings the file does not mention (a hand-written or trimmed file): importing keeps their current values. */
      readonly missing: readonly SettingKey[];
    }
  | { readonly ok: false; readonly error: ImportError };

/** The text of an export file: readable JSON with a trailing newline. */
export function settingsFileText(settings: Settings, now: number): string {
  const file: SettingsFile = { format: SETTINGS_FILE_FORMAT, exportedAt: new Date(now).toISOString(), settings };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** `limber-settings-2026-11-28.json`, by the local date. */
export function settingsFileName(now: number): string {
  return `limber-settings-${dayKey(now)}.json`;
}

/**
 * Finds the settings object in parsed JSON: our export envelope, or a bare
 * settings object (what storage holds), recognised by a version and at least
 * one setting Limber knows. Anything else is not Limber settings.
 */
function settingsIn(json: unknown): Record<string, unknown> | null {
  if (!isRecord(json)) return null;
  if (json['format'] === SETTINGS_FILE_FORMAT) return isRecord(json['settings']) ? json['settings'] : null;
  if (Object.hasOwn(json, 'format')) return null;
  const hasVersion = Object.hasOwn(json, 'version');
  const hasSetting = SETTING_KEYS.some((key: SettingKey) => Object.hasOwn(json, key));
  return hasVersion && hasSetting ? json : null;
}

/**
 * Reads an import file's text. `bytes` is the file's size when known (the
 * page checks it before reading); otherwise the UTF-8 length of `text`.
 */
export function readSettingsFile(text: string, bytes?: number): ImportResult {
  const size = bytes ?? new TextEncoder().encode(text).length;
  if (size > MAX_SETTINGS_FILE_BYTES) return { ok: false, error: { kind: 'too-large', bytes: size } };
  if (text.trim() === '') return { ok: false, error: { kind: 'empty' } };
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, error: { kind: 'not-json', detail: error instanceof Error ? error.message : String(error) } };
  }
  const raw = settingsIn(json);
  if (raw === null) return { ok: false, error: { kind: 'not-settings' } };
  const version = raw['version'] === undefined ? 0 : raw['version'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return { ok: false, error: { kind: 'bad-version' } };
  }
  if (version > SETTINGS_VERSION) return { ok: false, error: { kind: 'newer-version', version } };
  // Names that neither this version nor the file's version's migrations know are most likely typos.
  const known = settingNamesOf(version);
  const unknown = Object.keys(raw).filter((name) => !known.has(name));
  if (unknown.length > 0) return { ok: false, error: { kind: 'unknown-fields', names: unknown } };
  if (Object.keys(raw).every((name) => name === 'version')) return { ok: false, error: { kind: 'no-settings' } };
  const { settings, problems } = parseSettings(raw);
  if (problems.length > 0) return { ok: false, error: { kind: 'bad-fields', problems } };
  const missing = SETTING_KEYS.filter((key) => !Object.hasOwn(raw, key));
  return { ok: true, settings, fromVersion: version, missing };
}

/**
 * The settings after importing `imported`: the file's values, and the current
 * value of each setting the file does not mention (parsing filled those with
 * defaults, which would silently undo the person's choices).
 */
export function settingsAfterImport(current: Settings, imported: Settings, missing: readonly SettingKey[]): Settings {
  const kept = Object.fromEntries(missing.map((key) => [key, current[key]]));
  return { ...imported, ...kept };
}
