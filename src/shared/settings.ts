/**
 * The one typed source of truth for Limber's settings: the shape, the
 * defaults, the allowed ranges, validation and stepwise migrations.
 * Pure: no browser API, so every rule is unit-tested without a browser.
 */
import type { GlossaryCategory } from '../knowledge/types';
import { isRecord } from './is-record';

export const SETTINGS_VERSION = 1;

export type PauseChoice = '30m' | '1h' | 'tomorrow' | 'until-resume';
export type BreakOpenMode = 'window' | 'tab';
export type HighlightStyle = 'underline' | 'background';
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6; // 0 = Sunday, as Date#getDay

export interface Settings {
  readonly version: number;
  // Reminders
  readonly postureEnabled: boolean;
  readonly postureIntervalMin: number;
  readonly breakEnabled: boolean;
  readonly breakIntervalMin: number;
  readonly breakLengthMin: number;
  readonly headsUp: boolean;
  readonly requireInteraction: boolean;
  readonly breakOpenMode: BreakOpenMode;
  readonly snoozeMin: number;
  readonly dailyGoal: number;
  readonly dontInterrupt: boolean;
  readonly morningRoutine: boolean;
  /** Local hour (0–23) after which the first browser use of the day offers the morning routine. */
  readonly morningHour: number;
  // Schedule
  readonly workHoursEnabled: boolean;
  readonly workDays: readonly Weekday[];
  /** Minutes after local midnight; end may be before start (a shift across midnight). */
  readonly workStartMin: number;
  readonly workEndMin: number;
  // Idle
  readonly idleDetection: boolean;
  // Highlighting
  readonly highlightEnabled: boolean;
  readonly highlightStyle: HighlightStyle;
  readonly highlightCategories: readonly GlossaryCategory[];
  readonly highlightAll: boolean;
  /** Hostnames where highlighting is off (lower-case, no scheme or port). */
  readonly disabledSites: readonly string[];
  // Badge
  readonly badgeEnabled: boolean;
}

export const ALL_CATEGORIES: readonly GlossaryCategory[] = [
  'anatomy',
  'symptom',
  'cause',
  'risk-factor',
  'condition',
  'treatment',
  'medication',
  'exercise',
  'prevention',
];

export const DEFAULT_SETTINGS: Settings = {
  version: SETTINGS_VERSION,
  postureEnabled: true,
  postureIntervalMin: 20,
  breakEnabled: true,
  breakIntervalMin: 45,
  breakLengthMin: 3,
  headsUp: false,
  requireInteraction: true,
  breakOpenMode: 'window',
  snoozeMin: 10,
  dailyGoal: 4,
  dontInterrupt: true,
  morningRoutine: true,
  morningHour: 4,
  workHoursEnabled: false,
  workDays: [1, 2, 3, 4, 5],
  workStartMin: 9 * 60,
  workEndMin: 17 * 60 + 30,
  idleDetection: true,
  highlightEnabled: true,
  highlightStyle: 'underline',
  highlightCategories: ALL_CATEGORIES,
  highlightAll: true,
  disabledSites: [],
  badgeEnabled: true,
};

/** Inclusive integer ranges for the numeric settings. */
export const RANGES = {
  postureIntervalMin: { min: 5, max: 240 },
  breakIntervalMin: { min: 5, max: 240 },
  breakLengthMin: { min: 1, max: 30 },
  snoozeMin: { min: 1, max: 60 },
  dailyGoal: { min: 1, max: 24 },
  morningHour: { min: 0, max: 23 },
  workStartMin: { min: 0, max: 24 * 60 - 1 },
  workEndMin: { min: 0, max: 24 * 60 - 1 },
} as const satisfies Partial<Record<keyof Settings, { min: number; max: number }>>;

export type SettingKey = Exclude<keyof Settings, 'version'>;

/** One thing wrong with an input, in words a user can act on. */
export interface SettingProblem {
  /** 'version': not a whole number (repaired); 'newer-version': saved by a newer Limber (read as best it can, not rewritten). */
  readonly key: SettingKey | 'version' | 'newer-version' | 'file';
  readonly message: string;
}

export interface ParsedSettings {
  readonly settings: Settings;
  readonly problems: readonly SettingProblem[];
}

type Validator<K extends SettingKey> = (value: unknown) => { ok: true; value: Settings[K] } | { ok: false; message: string };

const boolean: Validator<never> = (value) =>
  typeof value === 'boolean' ? { ok: true, value: value as never } : { ok: false, message: 'must be on or off' };

function integerIn(key: keyof typeof RANGES, unit: string): Validator<never> {
  const { min, max } = RANGES[key];
  return (value) => {
    // A form field gives text: accept plain decimal integers only ("20", " 45 "), not "0x14" or "2e1".
    const n = typeof value === 'string' && /^\s*[+-]?\d+\s*$/.test(value) ? Number(value) : value;
    if (typeof n !== 'number' || !Number.isFinite(n) || !Number.isInteger(n)) {
      return { ok: false, message: `must be a whole number from ${min} to ${max}${unit}` };
    }
    if (n < min || n > max) return { ok: false, message: `must be from ${min} to ${max}${unit}` };
    return { ok: true, value: n as never };
  };
}

function oneOf<T extends string>(options: readonly T[]): Validator<never> {
  return (value) =>
    typeof value === 'string' && (options as readonly string[]).includes(value)
      ? { ok: true, value: value as never }
      : { ok: false, message: `must be one of: ${options.join(', ')}` };
}

function setOf<T extends string | number>(options: readonly T[], what: string): Validator<never> {
  return (value) => {
    if (!Array.isArray(value)) return { ok: false, message: `must be a list of ${what}` };
    const bad = value.filter((v) => !(options as readonly unknown[]).includes(v));
    if (bad.length > 0) return { ok: false, message: `has unknown ${what}: ${bad.map(String).join(', ')}` };
    // Keep the canonical order and drop repeats so equal sets compare equal.
    return { ok: true, value: options.filter((o) => value.includes(o)) as never };
  };
}

/** Hostname rules of RFC 1123, plus IPv4; at most 253 characters. */
const HOSTNAME = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/;

/**
 * Turns what a person typed or pasted ("https://www.Example.com/page", "example.com:8080")
 * into a bare lower-case hostname, or null when it is not one (a browser page
 * such as chrome://extensions, or any address that is not http or https).
 */
export function normaliseHostname(input: string): string | null {
  let text = input.trim().toLowerCase();
  if (text === '') return null;
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//.exec(text);
  if (scheme) {
    // Only a web page's address names a site: chrome://settings or ftp://… do not.
    if (scheme[1] !== 'http' && scheme[1] !== 'https') return null;
    try {
      text = new URL(text).hostname;
    } catch {
      return null;
    }
  } else {
    text = text.split(/[/?#]/, 1)[0] ?? '';
    text = text.replace(/:\d+$/, '');
    // An international name ("bücher.de") becomes its ASCII form, as location.hostname reports it.
    if (/[^\x00-\x7f]/.test(text)) {
      try {
        text = new URL(`http://${text}`).hostname;
      } catch {
        return null;
      }
    }
  }
  text = text.replace(/\.$/, '');
  return HOSTNAME.test(text) ? text : null;
}

const MAX_SITES = 1000;

const sites: Validator<'disabledSites'> = (value) => {
  if (!Array.isArray(value)) return { ok: false, message: 'must be a list of site names' };
  if (value.length > MAX_SITES) return { ok: false, message: `can hold at most ${MAX_SITES} sites` };
  const out: string[] = [];
  for (const item of value) {
    const host = typeof item === 'string' ? normaliseHostname(item) : null;
    if (host === null) return { ok: false, message: `“${String(item).slice(0, 80)}” is not a valid site name (like example.com)` };
    if (!out.includes(host)) out.push(host);
  }
  return { ok: true, value: out };
};

const VALIDATORS: { readonly [K in SettingKey]: Validator<K> } = {
  postureEnabled: boolean,
  postureIntervalMin: integerIn('postureIntervalMin', ' minutes'),
  breakEnabled: boolean,
  breakIntervalMin: integerIn('breakIntervalMin', ' minutes'),
  breakLengthMin: integerIn('breakLengthMin', ' minutes'),
  headsUp: boolean,
  requireInteraction: boolean,
  breakOpenMode: oneOf<BreakOpenMode>(['window', 'tab']),
  snoozeMin: integerIn('snoozeMin', ' minutes'),
  dailyGoal: integerIn('dailyGoal', ' breaks'),
  dontInterrupt: boolean,
  morningRoutine: boolean,
  morningHour: integerIn('morningHour', ''),
  workHoursEnabled: boolean,
  workDays: setOf<Weekday>([0, 1, 2, 3, 4, 5, 6], 'weekdays'),
  workStartMin: integerIn('workStartMin', ''),
  workEndMin: integerIn('workEndMin', ''),
  idleDetection: boolean,
  highlightEnabled: boolean,
  highlightStyle: oneOf<HighlightStyle>(['underline', 'background']),
  highlightCategories: setOf(ALL_CATEGORIES, 'categories'),
  highlightAll: boolean,
  disabledSites: sites,
  badgeEnabled: boolean,
};

export const SETTING_KEYS = Object.keys(VALIDATORS) as SettingKey[];

/** Whether two settings objects hold the same values (key order aside). */
export function sameSettings(a: Settings, b: Settings): boolean {
  return a.version === b.version && SETTING_KEYS.every((key) => JSON.stringify(a[key]) === JSON.stringify(b[key]));
}

/** Validates one value as a person enters it; the options page shows `message` beside the field. */
export function validateSetting<K extends SettingKey>(
  key: K,
  value: unknown,
): { ok: true; value: Settings[K] } | { ok: false; message: string } {
  return VALIDATORS[key](value);
}

/**
 * Stepwise migrations: MIGRATIONS[n] turns a version-n object into version n+1.
 * Each step is pure and only renames or reshapes; parseSettings validates after.
 */
const MIGRATIONS: Readonly<Record<number, (old: Record<string, unknown>) => Record<string, unknown>>> = {
  // Version 0 was never released; it is the shape of an object with no version
  // field, which we treat as "fill in what is missing".
  0: (old) => ({ ...old, version: 1 }),
};

/**
 * Turns anything (stored data, an imported file) into valid settings.
 * Every valid field is kept; every invalid one falls back to its default and
 * is reported. Unknown fields are ignored. A version newer than this build
 * is reported and read field by field as best it can.
 */
export function parseSettings(input: unknown): ParsedSettings {
  const problems: SettingProblem[] = [];
  if (input === undefined || input === null) return { settings: DEFAULT_SETTINGS, problems };
  if (!isRecord(input)) {
    return { settings: DEFAULT_SETTINGS, problems: [{ key: 'file', message: 'Settings must be an object.' }] };
  }
  let data: Record<string, unknown> = input;
  let version = data['version'] === undefined ? 0 : data['version'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    problems.push({ key: 'version', message: 'The settings version is not a whole number.' });
    version = SETTINGS_VERSION;
  } else if (version > SETTINGS_VERSION) {
    problems.push({ key: 'newer-version', message: `These settings come from a newer Limber (version ${version}).` });
  }
  for (let v = version as number; v < SETTINGS_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (step) data = step(data);
  }
  const out: Record<string, unknown> = { version: SETTINGS_VERSION };
  for (const key of SETTING_KEYS) {
    if (!Object.hasOwn(data, key)) {
      out[key] = DEFAULT_SETTINGS[key];
      continue;
    }
    const result = VALIDATORS[key](data[key]);
    if (result.ok) out[key] = result.value;
    else {
      out[key] = DEFAULT_SETTINGS[key];
      problems.push({ key, message: result.message });
    }
  }
  return { settings: out as unknown as Settings, problems };
}

/** Whether highlighting should run on `hostname` under `settings`. */
export function highlightingOnFor(settings: Settings, hostname: string): boolean {
  return settings.highlightEnabled && !siteListed(settings.disabledSites, hostname);
}

/**
 * Whether `hostname` is covered by an entry of `sites` (the entry itself or a
 * parent domain). A fully qualified name ("example.com.", as a page's address
 * may spell it) is the same site: entries are stored without the final dot.
 */
export function siteListed(sites: readonly string[], hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return sites.some((site) => host === site || host.endsWith(`.${site}`));
}
