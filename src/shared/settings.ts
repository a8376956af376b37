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

/**
 * Why a list was refused or trimmed, for a page to word in the reader's
 * language (`message` is the same in English, for tests and logs).
 */
export type ListReason =
  | { readonly kind: 'not-a-list' }
  | { readonly kind: 'too-many'; readonly max: number; readonly count: number }
  /** Entries that are not valid (quoted as text, cut short); the valid ones are kept when stored settings are read. */
  | { readonly kind: 'bad-entries'; readonly entries: readonly string[] };

/** One thing wrong with an input, in words a user can act on. */
export interface SettingProblem {
  /** 'version': not a whole number (repaired); 'newer-version': saved by a newer Limber (read as best it can, not rewritten). */
  readonly key: SettingKey | 'version' | 'newer-version' | 'file';
  readonly message: string;
  /** For a list setting: what was wrong with it. */
  readonly reason?: ListReason;
}

export interface ParsedSettings {
  readonly settings: Settings;
  readonly problems: readonly SettingProblem[];
}

type Outcome<V> = { ok: true; value: V } | { ok: false; message: string; reason?: ListReason };
type Validator<K extends SettingKey> = (value: unknown) => Outcome<Settings[K]>;

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

/**
 * A list setting: how its entries are read (normalised, canonical order, no
 * repeats) and how many it may hold. Both readings below share it: a person's
 * input is all or nothing, stored settings keep every valid entry.
 */
interface ListRule {
  /** "weekdays", "site names": for messages. */
  readonly what: string;
  readonly max: number;
  /** The valid entries, normalised and without repeats, and the invalid ones. */
  sort(list: readonly unknown[]): { readonly kept: readonly unknown[]; readonly bad: readonly unknown[] };
  /** Why `bad` (at least one entry) is refused. */
  badMessage(bad: readonly string[]): string;
}

/** An entry as a person could recognise it in a message, cut short. */
function entryText(entry: unknown): string {
  const text = typeof entry === 'string' ? entry : (JSON.stringify(entry) ?? String(entry));
  return text.slice(0, 80);
}

/** List entries as a message quotes them: “a”, “b”. */
export function quoted(entries: readonly string[]): string {
  return entries.map((entry) => `“${entry}”`).join(', ');
}

/** At most this many bad entries are named; a list of nothing but junk would make a wall of text. */
const MAX_NAMED = 5;

function setOf<T extends string | number>(options: readonly T[], what: string): ListRule {
  return {
    what,
    max: Number.POSITIVE_INFINITY,
    // Keep the canonical order and drop repeats so equal sets compare equal.
    sort: (list) => ({
      kept: options.filter((o) => list.includes(o)),
      bad: list.filter((v) => !(options as readonly unknown[]).includes(v)),
    }),
    badMessage: (bad) => `has unknown ${what}: ${bad.join(', ')}`,
  };
}

const sites: ListRule = {
  what: 'site names',
  max: MAX_SITES,
  sort(list) {
    const kept: string[] = [];
    const bad: unknown[] = [];
    for (const item of list) {
      const host = typeof item === 'string' ? normaliseHostname(item) : null;
      if (host === null) bad.push(item);
      else if (!kept.includes(host)) kept.push(host);
    }
    return { kept, bad };
  },
  badMessage: (bad) =>
    bad.length === 1
      ? `${quoted(bad)} is not a valid site name (like example.com)`
      : `${quoted(bad)} are not valid site names (like example.com)`,
};

function badEntries(rule: ListRule, bad: readonly unknown[]): { message: string; reason: ListReason } {
  const entries = bad.slice(0, MAX_NAMED).map(entryText);
  return { message: rule.badMessage(entries), reason: { kind: 'bad-entries', entries } };
}

function notAList(rule: ListRule): { ok: false; message: string; reason: ListReason } {
  return { ok: false, message: `must be a list of ${rule.what}`, reason: { kind: 'not-a-list' } };
}

function tooMany(rule: ListRule, count: number): { message: string; reason: ListReason } {
  return { message: `can hold at most ${rule.max} ${rule.what}`, reason: { kind: 'too-many', max: rule.max, count } };
}

/** A list as a person enters it (the options page, an import): all valid, or refused saying why. */
function strictList(rule: ListRule): Validator<never> {
  return (value) => {
    if (!Array.isArray(value)) return notAList(rule);
    if (value.length > rule.max) return { ok: false, ...tooMany(rule, value.length) };
    const { kept, bad } = rule.sort(value);
    if (bad.length > 0) return { ok: false, ...badEntries(rule, bad) };
    return { ok: true, value: kept as never };
  };
}

type FieldProblem = Omit<SettingProblem, 'key'>;

/**
 * A list as stored: every valid entry is kept (up to the most allowed) and
 * what was left out is reported. A newer version's entries this version does
 * not know are expected there, so leaving them out is not reported.
 */
function storedList(rule: ListRule, value: unknown, newer: boolean): { value: unknown; problem?: FieldProblem } | null {
  if (!Array.isArray(value)) return null;
  const { kept, bad } = rule.sort(value);
  const problem = bad.length > 0 && !newer ? badEntries(rule, bad) : kept.length > rule.max ? tooMany(rule, kept.length) : undefined;
  return { value: kept.slice(0, rule.max), ...(problem ? { problem } : {}) };
}

const LISTS = {
  workDays: setOf<Weekday>([0, 1, 2, 3, 4, 5, 6], 'weekdays'),
  highlightCategories: setOf(ALL_CATEGORIES, 'categories'),
  disabledSites: sites,
} as const satisfies Partial<Record<SettingKey, ListRule>>;

function isListKey(key: SettingKey): key is keyof typeof LISTS {
  return Object.hasOwn(LISTS, key);
}

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
  workDays: strictList(LISTS.workDays),
  workStartMin: integerIn('workStartMin', ''),
  workEndMin: integerIn('workEndMin', ''),
  idleDetection: boolean,
  highlightEnabled: boolean,
  highlightStyle: oneOf<HighlightStyle>(['underline', 'background']),
  highlightCategories: strictList(LISTS.highlightCategories),
  highlightAll: boolean,
  disabledSites: strictList(LISTS.disabledSites),
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
): Outcome<Settings[K]> {
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
 * Names of settings that version n had and a migration from n renames or
 * drops. A migration that renames a setting lists the old name here, so a
 * file saved before it still imports instead of being called a typo.
 */
const RETIRED_NAMES: Readonly<Record<number, readonly string[]>> = {
  0: [],
};

/** Every name settings of `version` (not newer than this build) may carry: today's settings, "version", and names their migrations know. */
export function settingNamesOf(version: number): ReadonlySet<string> {
  const names = new Set<string>(['version', ...SETTING_KEYS]);
  for (let v = version; v < SETTINGS_VERSION; v++) for (const name of RETIRED_NAMES[v] ?? []) names.add(name);
  return names;
}

/**
 * Turns anything (stored data, an imported file) into valid settings.
 * Every valid field is kept; every invalid one falls back to its default and
 * is reported. A list keeps its valid entries and reports the others. Unknown
 * fields are ignored. A version newer than this build is reported and read
 * field by field as best it can (list entries it does not know are left out).
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
  }
  const newer = (version as number) > SETTINGS_VERSION;
  if (newer) {
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
    const list = isListKey(key) ? storedList(LISTS[key], data[key], newer) : null;
    if (list) {
      out[key] = list.value;
      if (list.problem) problems.push({ key, ...list.problem });
      continue;
    }
    const result = VALIDATORS[key](data[key]);
    if (result.ok) out[key] = result.value;
    else {
      out[key] = DEFAULT_SETTINGS[key];
      problems.push({ key, message: result.message, ...(result.reason ? { reason: result.reason } : {}) });
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
