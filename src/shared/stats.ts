/**
 * Per-day stretch statistics: breaks completed, partial, skipped and
 * snoozed, posture checks shown, minutes stretched; the streak of days that
 * met the daily goal; pruning after 90 days. Pure: days are local calendar
 * days, and every function that needs the date takes `now`.
 */
import type { StatField } from './timer';
import { isRecord } from './is-record';

export const STATS_VERSION = 1;
export const KEEP_DAYS = 90;

export interface DayStats {
  readonly completed: number;
  readonly partial: number;
  readonly skipped: number;
  readonly snoozed: number;
  readonly postureShown: number;
  readonly minutesStretched: number;
}

export interface Stats {
  readonly version: number;
  /** Keyed by local date, 'YYYY-MM-DD'. */
  readonly days: Readonly<Record<string, DayStats>>;
}

export const EMPTY_DAY: DayStats = { completed: 0, partial: 0, skipped: 0, snoozed: 0, postureShown: 0, minutesStretched: 0 };
export const EMPTY_STATS: Stats = { version: STATS_VERSION, days: {} };

const DAY_KEY = /^\d{4}-\d{2}-\d{2}$/;
const FIELDS: readonly (keyof DayStats)[] = ['completed', 'partial', 'skipped', 'snoozed', 'postureShown', 'minutesStretched'];

/** The local calendar day of `now` as 'YYYY-MM-DD'. */
export function dayKey(now: number): string {
  const d = new Date(now);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The day key `offset` local days from `now`'s day (negative: earlier). DST-safe. */
export function dayKeyOffset(now: number, offset: number): string {
  const d = new Date(now);
  return dayKey(new Date(d.getFullYear(), d.getMonth(), d.getDate() + offset, 12).getTime());
}

function parseDay(value: unknown): DayStats | null {
  if (!isRecord(value)) return null;
  const out: Record<string, number> = {};
  for (const field of FIELDS) {
    const n = value[field];
    out[field] = typeof n === 'number' && Number.isFinite(n) && n >= 0 ? n : 0;
  }
  return out as unknown as DayStats;
}

/** Turns whatever is stored into valid stats: bad days are dropped, bad counts read as 0. */
export function parseStats(raw: unknown): Stats {
  if (!isRecord(raw) || !isRecord(raw['days'])) return EMPTY_STATS;
  const days: Record<string, DayStats> = {};
  for (const [key, value] of Object.entries(raw['days'])) {
    if (!DAY_KEY.test(key)) continue;
    const day = parseDay(value);
    if (day) days[key] = day;
  }
  return { version: STATS_VERSION, days };
}

/** The stats of `now`'s day (zeros when nothing happened yet). */
export function today(stats: Stats, now: number): DayStats {
  return stats.days[dayKey(now)] ?? EMPTY_DAY;
}

/** Removes days older than KEEP_DAYS before `now`'s day. */
export function prune(stats: Stats, now: number): Stats {
  const oldest = dayKeyOffset(now, -(KEEP_DAYS - 1));
  const days: Record<string, DayStats> = {};
  for (const [key, value] of Object.entries(stats.days)) if (key >= oldest) days[key] = value;
  return { version: STATS_VERSION, days };
}

/** Adds one event of `field` (and any minutes stretched) to `now`'s day, pruning old days. */
export function record(stats: Stats, field: StatField, now: number, minutes = 0): Stats {
  const key = dayKey(now);
  const day = stats.days[key] ?? EMPTY_DAY;
  const updated: DayStats = {
    ...day,
    [field]: day[field] + 1,
    minutesStretched: Math.round((day.minutesStretched + (Number.isFinite(minutes) && minutes > 0 ? minutes : 0)) * 10) / 10,
  };
  return prune({ version: STATS_VERSION, days: { ...stats.days, [key]: updated } }, now);
}

/**
 * Days in a row that met the goal (completed breaks ≥ goal), ending today.
 * Today counts once it meets the goal; a today still short of it does not
 * break the streak of the days before.
 */
export function streak(stats: Stats, goal: number, now: number): number {
  const met = (offset: number): boolean => (stats.days[dayKeyOffset(now, offset)]?.completed ?? 0) >= goal;
  let count = met(0) ? 1 : 0;
  for (let offset = -1; offset > -KEEP_DAYS; offset--) {
    if (!met(offset)) break;
    count++;
  }
  return count;
}

export interface HistoryDay extends DayStats {
  readonly day: string;
  readonly metGoal: boolean;
}

/** The last `count` days, oldest first, ending with today; days without data are zeros. */
export function history(stats: Stats, goal: number, now: number, count = 30): HistoryDay[] {
  const out: HistoryDay[] = [];
  for (let offset = -(count - 1); offset <= 0; offset++) {
    const day = dayKeyOffset(now, offset);
    const data = stats.days[day] ?? EMPTY_DAY;
    out.push({ day, ...data, metGoal: data.completed >= goal });
  }
  return out;
}
